import { queryOptions } from '@tanstack/react-query';
import type { CrmHost } from './crm-host';

export const userQueries = {
  all: () => ['users'] as const,
  active: (host: CrmHost) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'active'],
      queryFn: ({ signal }) => host.getActiveUsers({ signal }),
    }),
};
