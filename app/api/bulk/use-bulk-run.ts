import { useEffect, useState, useSyncExternalStore } from 'react';
import { useCrmHost } from '../crm-host-context';
import type { RecordId } from '../crm-host';
import type { BulkEngineOptions } from './bulk-engine-options';
import { BulkRunEngine } from './bulk-run-engine';
import type { BulkPlan, BulkRunView } from './bulk-types';

/**
 * Runs bulk plans for a selection (`leadIds` keys the resume journal: the same selection reopened resumes
 * the unfinished run automatically — pending jobs are polled, never resubmitted; `resumed` tells the UI).
 */
export function useBulkRun(leadIds: RecordId[], options?: BulkEngineOptions): BulkRunView {
  const host = useCrmHost();
  const [engine] = useState(() => new BulkRunEngine(host, leadIds, options));
  const state = useSyncExternalStore(engine.subscribe, engine.getSnapshot);
  useEffect(() => void engine.resume(), [engine]);
  const [actions] = useState(() => ({
    start: (plan: BulkPlan) => void engine.start(plan),
    retryFailed: (plan: BulkPlan) => void engine.retryFailed(plan),
    csv: () => engine.csv(),
  }));
  const failedLeadIds = state.results.filter((result) => result.outcome === 'failed').map((result) => result.leadId);
  return { ...state, ...actions, failedLeadIds };
}
