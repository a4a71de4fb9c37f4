// The search query for the record search box. It lives with the screen (first-load code that already uses
// react-query) and is handed to the lazily loaded search UI, which then needs no react-query import of its own.
import { useQuery } from '@tanstack/react-query';
import type { AccountCandidate, ContactCandidate, RecordModule, RecordSearch } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import { recordQueries } from '../api/record-queries';

export type RecordSearchResults = {
  records: (ContactCandidate | AccountCandidate)[];
  fetching: boolean;
  error: unknown;
  done: boolean;
};

export function useRecordSearch(module: RecordModule, search: RecordSearch | null): RecordSearchResults {
  const host = useCrmHost();
  const results = useQuery({ ...recordQueries.search(host, module, search ?? { by: 'word', value: '' }), enabled: search !== null });
  return {
    records: search ? (results.data ?? []) : [],
    fetching: search !== null && results.isFetching,
    error: search ? results.error : null,
    done: search !== null && results.isSuccess && !results.isFetching,
  };
}
