import { useEffect, useState, useSyncExternalStore } from 'react';
import { useCrmHost } from '../crm-host-context';
import type { RecordId } from '../crm-host';
import type { BulkEngineOptions } from './bulk-engine-options';
import { BulkReadEngine } from './bulk-read-engine';
import type { BulkReading } from './bulk-types';

/**
 * Reads the selection for the review table (leads, then conversion options, bounded and cancellable).
 * The engine lives as long as the component; a new selection needs a new component (key it by selection).
 */
export function useBulkReading(leadIds: RecordId[], options?: BulkEngineOptions): BulkReading {
  const host = useCrmHost();
  const [engine] = useState(() => new BulkReadEngine(host, leadIds, options));
  const state = useSyncExternalStore(engine.subscribe, engine.getSnapshot);
  useEffect(() => void engine.start(), [engine]);
  const [actions] = useState(() => ({
    cancel: () => engine.cancel(),
    retryFailedReads: () => void engine.retryFailedReads(),
    reread: (ids: RecordId[], previousFailures?: Record<RecordId, string>) => void engine.reread(ids, previousFailures),
  }));
  return { ...state, ...actions };
}
