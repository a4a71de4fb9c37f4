import { queryOptions } from '@tanstack/react-query';
import type { CrmHost, RecordId, RecordModule, RecordSearch } from './crm-host';

export const recordQueries = {
  all: () => ['records'] as const,
  /** One existing contact/account with all its fields: what the merge compares the lead with. */
  detail: <M extends RecordModule>(host: CrmHost, module: M, id: RecordId) =>
    queryOptions({
      queryKey: [...recordQueries.all(), module, 'detail', id],
      queryFn: ({ signal }) => host.getRecord(module, id, { signal }),
    }),
  search: <M extends RecordModule>(host: CrmHost, module: M, search: RecordSearch) =>
    queryOptions({
      queryKey: [...recordQueries.all(), module, 'search', search],
      queryFn: ({ signal }) => host.searchRecords(module, search, { signal }),
    }),
};
