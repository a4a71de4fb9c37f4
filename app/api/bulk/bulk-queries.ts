import { queryOptions } from '@tanstack/react-query';
import type { CrmHost } from '../crm-host';

/** Module ids for mass convert's module references (§5.8). */
export const bulkQueries = {
  modules: (host: CrmHost) =>
    queryOptions({
      queryKey: ['modules'] as const,
      queryFn: ({ signal }) => host.getModules({ signal }),
    }),
};
