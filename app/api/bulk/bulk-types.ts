// Public API of the bulk engine (product brief "Bulk flow"). The bulk screens code against THESE types only.
//
// Reading  : useBulkReading(leadIds)  → BulkReading   (app/api/bulk/use-bulk-reading.ts)
// Decisions: BulkStoreProvider + atomic hooks         (app/state/bulk-store.tsx)
// Planning : planBulkRun(input) → BulkPlan (pure)     (app/domain/bulk/plan-bulk-run.ts)
// Running  : useBulkRun(leadIds) → BulkRunView        (app/api/bulk/use-bulk-run.ts)
// CSV      : bulkResultsCsv(results) (pure, also exposed as BulkRunView.csv())   (app/domain/bulk/results-csv.ts)
//
// Journal/resume is folded into the engine: useBulkReading and useBulkRun take the same selection
// (leadIds); a run journal keyed by a hash of the sorted ids lives in localStorage (memory if storage
// throws). On reopen, useBulkRun resumes pending jobs (polls, never resubmits) and reading marks leads that
// Zoho reports converted as 'cannot-convert' / 'converted', so they are never planned again.
import type {
  AvailableConversionOptions,
  ChoiceProblem,
  ConversionChoices,
  ConversionContext,
  DealValues,
  MatchAttribution,
  TargetModule,
} from '../../domain/conversion-model';
import type { IneligibleReason } from '../../domain/lead-eligibility';
import type { Lead, LeadConverter, MassConvertRequest, MassConvertStatus, RecordId } from '../crm-host';

// ---------- Reading ----------

export type BulkRowStatus = 'ready' | 'needs-review' | 'cannot-convert' | 'unreadable';

/** Why a row is what it is; texts in app/i18n/en-bulk-reasons.ts (enBulkReasons[reason.kind]). */
export type BulkReason =
  | { kind: 'ineligible'; reason: IneligibleReason }
  | { kind: 'contact-match'; count: number }
  | { kind: 'account-match'; count: number }
  | { kind: 'lead-not-found' }
  | { kind: 'read-failed'; what: 'lead' | 'options'; message: string; retryable: boolean }
  /** A journal of an unfinished run (earlier session) holds this lead: never planned until that run settles. */
  | { kind: 'in-unfinished-run' }
  /** Set on rows sent back to review after a failed run (reread with reasons): what went wrong last time. */
  | { kind: 'previous-attempt-failed'; message: string };

export type BulkRow = {
  leadId: RecordId;
  lead: Lead | null;
  /** null while not read, when the lead cannot convert, or when the options could not be read. */
  options: AvailableConversionOptions | null;
  status: BulkRowStatus;
  reason: BulkReason | null;
  attribution: MatchAttribution | null;
};

export type BulkReadingPhase = 'reading-leads' | 'reading-options' | 'done' | 'cancelled' | 'failed';

export type BulkReading = {
  phase: BulkReadingPhase;
  /** Reads finished (lead batches count as their number of leads, then one per options read). */
  done: number;
  total: number;
  /** One row per selected lead id, in selection order (rows not read yet: status 'unreadable', reason null). */
  rows: BulkRow[];
  cancel(): void;
  /** Re-reads 'unreadable' rows only (lead and/or options). */
  retryFailedReads(): void;
  /**
   * Re-reads the given rows (after a run: `reread(run.failedLeadIds, failureMessages)`). A row with a message
   * that would be 'ready' comes back as 'needs-review' with reason previous-attempt-failed, so the rep decides.
   */
  reread(leadIds: RecordId[], previousFailures?: Record<RecordId, string>): void;
};

// ---------- Decisions (store) ----------

export type BulkDecision =
  | { kind: 'auto' }
  | { kind: 'create-new' }
  | { kind: 'skip' }
  /** contact/account (and overwrite) from the single flow's ResolutionSection; shared options fill the rest. */
  | { kind: 'resolved'; choices: ConversionChoices };

export type BulkSharedOptions = {
  createDeal: boolean;
  /** Template; Deal_Name may contain "{Company}" / "{Lead name}" (default "{Company}"). */
  deal: DealValues;
  /** undefined = the lead owner keeps them (no assign_to). */
  ownerId: RecordId | undefined;
  /** Single converts only (mass convert has no such flag). */
  notifyLeadOwner: boolean;
  notifyNewOwner: boolean;
  attachmentsTo: TargetModule;
  carryOverTags: boolean;
};

export type BulkFilter = 'all' | BulkRowStatus;

// ---------- Planning ----------

export type BulkPlanJob = { leadIds: RecordId[]; request: MassConvertRequest };
/** context: what checkConversion used (the engine explains a convert error with it). */
export type BulkPlanSingle = { leadId: RecordId; converter: LeadConverter; context: ConversionContext };

export type BulkPlanProblem =
  | { kind: 'needs-decision' }
  | { kind: 'choice'; problem: ChoiceProblem }
  /** The shared deal template does not validate (applies to every mass job). */
  | { kind: 'deal-template'; problem: ChoiceProblem };

export type BulkPlan = {
  massJobs: BulkPlanJob[];
  singles: BulkPlanSingle[];
  skipped: RecordId[];
  blocked: { leadId: RecordId; problems: BulkPlanProblem[] }[];
  /** Problems of the shared options themselves (deal template) — if non-empty no mass job was planned. */
  sharedProblems: ChoiceProblem[];
  /**
   * Mass convert takes ONE Deals object per job, so per-lead placeholders cannot apply there: the job's
   * Deal_Name is the template with "{Company}"/"{Lead name}" removed (fallback "Converted leads <today>").
   * null when no deal is created or there is no mass job. Singles get per-lead names. The UI should say so.
   */
  massDealName: string | null;
  /** Name and company of every row the plan mentions (for results of skipped/blocked leads and the CSV). */
  labels: Record<RecordId, { name: string; company: string | null }>;
  cost: {
    /** Estimate: submits + status polls (estimate) + read-backs + single converts. */
    calls: number;
    /** Single convert 5 each (§6); mass convert / status / reads assumed 1 each (undocumented). */
    credits: number;
    /** Without polls: submits + single converts + read-backs. */
    minimumCalls: number;
  };
};

// ---------- Running ----------

export type BulkJobState = 'submitting' | 'scheduled' | 'in progress' | 'completed' | 'failed' | 'submit-failed';

export type BulkJobView = {
  jobId: RecordId | null;
  leadIds: RecordId[];
  state: BulkJobState;
  counts: MassConvertStatus | null;
  error: string | null;
};

export type BulkOutcome = 'converted' | 'failed' | 'skipped';

export type BulkResult = {
  leadId: RecordId;
  name: string;
  company: string | null;
  outcome: BulkOutcome;
  how: 'mass' | 'single' | null;
  /** English reason text for failed/skipped (also in the CSV). */
  reason: string | null;
  contactId: RecordId | null;
  accountId: RecordId | null;
  dealId: RecordId | null;
};

export type BulkRunPhase = 'idle' | 'running' | 'reading-results' | 'done' | 'interrupted';

export type BulkProgress = { converted: number; failed: number; pending: number; total: number };

export type BulkRunView = {
  start(plan: BulkPlan): void;
  phase: BulkRunPhase;
  progress: BulkProgress;
  jobs: BulkJobView[];
  results: BulkResult[];
  /** Lead ids whose outcome is 'failed' (with their reason in results). */
  failedLeadIds: RecordId[];
  /**
   * Retry failed: the UI sends failedLeadIds back to review (reading.reread(ids, reasons) + the store's
   * rowsReturnedToReview), plans only those rows, then calls retryFailed(plan): it runs that plan and
   * replaces only those leads' results (others are kept). Leads of the plan that are not failed are ignored.
   */
  retryFailed(plan: BulkPlan): void;
  csv(): string;
  /** True when a journal from an earlier session had unfinished work (the hook resumes it automatically). */
  resumed: boolean;
};
