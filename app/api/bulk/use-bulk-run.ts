import type { RecordId } from '../crm-host';
import type { BulkRunView } from './bulk-types';
import type { BulkEngineOptions } from './bulk-engine-options';

/** STUB — implementation follows. `leadIds` = the selection (keys the resume journal). */
export function useBulkRun(leadIds: RecordId[], options?: BulkEngineOptions): BulkRunView {
  void leadIds;
  void options;
  return {
    start: () => {},
    phase: 'idle',
    progress: { converted: 0, failed: 0, pending: 0, total: 0 },
    jobs: [],
    results: [],
    failedLeadIds: [],
    retryFailed: () => {},
    csv: () => '',
    resumed: false,
  };
}
