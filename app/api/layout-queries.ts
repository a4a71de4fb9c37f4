import { queryOptions } from '@tanstack/react-query';
import type { CrmHost } from './crm-host';

export const layoutQueries = {
  all: () => ['layouts'] as const,
  list: (host: CrmHost, module: 'Leads' | 'Deals') =>
    queryOptions({
      queryKey: [...layoutQueries.all(), module],
      queryFn: ({ signal }) => host.getLayouts(module, { signal }),
    }),
};
