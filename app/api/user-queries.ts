import { queryOptions } from '@tanstack/react-query';
import type { CrmHost } from './crm-host';

export const userQueries = {
  all: () => ['users'] as const,
  active: (host: CrmHost) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'active'],
      queryFn: ({ signal }) => host.getActiveUsers({ signal }),
    }),
  /** The signed-in rep: their locale picks the widget's language (a failed read means English, never a stop). */
  current: (host: CrmHost) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'current'],
      queryFn: ({ signal }) => host.getCurrentUser({ signal }),
    }),
};
