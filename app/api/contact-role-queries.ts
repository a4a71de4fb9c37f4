import { queryOptions } from '@tanstack/react-query';
import type { CrmHost } from './crm-host';

export const contactRoleQueries = {
  all: () => ['contact-roles'] as const,
  list: (host: CrmHost) =>
    queryOptions({
      queryKey: contactRoleQueries.all(),
      queryFn: ({ signal }) => host.getContactRoles({ signal }),
    }),
};
