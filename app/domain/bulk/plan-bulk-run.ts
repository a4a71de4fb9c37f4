import type { ModuleInfo, RecordId, User } from '../../api/crm-host';
import type { BulkDecision, BulkPlan, BulkRow, BulkSharedOptions } from '../../api/bulk/bulk-types';
import type { DealSetup } from '../conversion-model';

export type BulkPlanInput = {
  rows: BulkRow[];
  /** Missing id = { kind: 'auto' }. */
  decisions: Record<RecordId, BulkDecision>;
  shared: BulkSharedOptions;
  /** GET /settings/modules: ids for mass convert's module references. */
  modules: ModuleInfo[];
  dealSetup: DealSetup | null;
  /** Active users (the owner must be one of them). */
  users: User[];
  /** 'YYYY-MM-DD' */
  today: string;
};

/** STUB — implementation follows. */
export function planBulkRun(input: BulkPlanInput): BulkPlan {
  void input;
  return { massJobs: [], singles: [], skipped: [], blocked: [], sharedProblems: [], cost: { calls: 0, credits: 0, minimumCalls: 0 } };
}
