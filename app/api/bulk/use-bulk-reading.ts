import type { RecordId } from '../crm-host';
import type { BulkReading } from './bulk-types';
import type { BulkEngineOptions } from './bulk-engine-options';

/** STUB — implementation follows. */
export function useBulkReading(leadIds: RecordId[], options?: BulkEngineOptions): BulkReading {
  void options;
  return { phase: 'reading-leads', done: 0, total: leadIds.length, rows: [], cancel: () => {}, retryFailedReads: () => {}, reread: () => {} };
}
