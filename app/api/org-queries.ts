import { queryOptions } from '@tanstack/react-query';
import type { CrmHost } from './crm-host';

export const orgQueries = {
  all: () => ['org'] as const,
  detail: (host: CrmHost) =>
    queryOptions({
      queryKey: orgQueries.all(),
      queryFn: ({ signal }) => host.getOrg({ signal }),
    }),
};
