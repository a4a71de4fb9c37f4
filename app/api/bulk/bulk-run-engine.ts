// Runs a BulkPlan against Zoho: mass jobs (≤ 4 submits at once, then polled at the pace they progress), single converts
// (≤ 3 in flight, 429 waits and retries), then reads every lead back to attribute outcomes (the status API
// gives counts only). A journal makes close/reopen safe: pending jobs are polled, never resubmitted.
import { isCrmError } from '../crm-error';
import type { CrmHost, Lead, RecordId } from '../crm-host';
import { chunk, READ_BATCH_SIZE } from '../../domain/bulk/plan-bulk-run';
import { nextPollDelay, type PollSample } from '../../domain/bulk/poll-schedule';
import { bulkResultsCsv } from '../../domain/bulk/results-csv';
import { journalLeadIds, type RunJournal } from '../../domain/bulk/run-journal';
import { explainConvertError } from '../../domain/explain-convert-error';
import { enBulkReasons, type BulkReasonTexts } from '../../i18n/en-bulk-reasons';
import type { BulkEngineOptions } from './bulk-engine-options';
import type { BulkJobView, BulkPlan, BulkPlanJob, BulkPlanSingle, BulkProgress, BulkResult, BulkRunPhase } from './bulk-types';
import { AbortedError, backoffDelay, errorMessage, isRateLimited, isRetryableRead, Observable, runPool, settingsOf, withBackoff, type EngineSettings } from './engine-support';
import { JournalStore } from './journal-storage';

export type BulkRunState = {
  phase: BulkRunPhase;
  progress: BulkProgress;
  jobs: BulkJobView[];
  results: BulkResult[];
  resumed: boolean;
};

/** Polls per job before giving up (the leads are still read back and attributed). */
const MAX_POLLS = 400;
/** Status reads in a row that failed even after their backoff: Zoho is out of reach, stop asking (bounded time). */
const MAX_FAILED_POLLS = 3;
/** Convert attempts of one single when the answer was lost (each preceded by reading the lead). */
const MAX_UNCERTAIN_CONVERTS = 2;
/** Before resubmitting a job whose submit may have run, wait this long and read its leads back. */
const RESUBMIT_CHECK_MS = 3000;
/** A job we cannot poll (its id was lost, or its status is unreadable) is followed by reading its leads. */
const LEAD_WATCH_INTERVAL_MS = 3000;
const MAX_LEAD_WATCHES = 40;

type Attempt =
  | { how: 'mass'; job: number }
  | { how: 'single'; confirmed: Pick<BulkResult, 'contactId' | 'accountId' | 'dealId'> | null; failure: string | null };

type Labels = BulkPlan['labels'];

export class BulkRunEngine extends Observable<BulkRunState> {
  private readonly host: CrmHost;
  private readonly settings: EngineSettings;
  private readonly reasons: BulkReasonTexts;
  private readonly journal: JournalStore;
  private readonly controller = new AbortController();
  private attempts = new Map<RecordId, Attempt>();
  private jobFailures = new Map<number, string>();
  private resumeStarted = false;
  /** Failed leads a retry does not convert again (e.g. they turned out converted): only read back, to show their real state. */
  private rechecks: BulkResult[] = [];

  constructor(host: CrmHost, selection: RecordId[], options: BulkEngineOptions = {}) {
    const journal = new JournalStore(selection, options.storage);
    const resumed = journalLeadIds(journal.current).size > 0;
    super({ phase: 'idle', progress: { converted: 0, failed: 0, pending: 0, total: 0 }, jobs: [], results: [], resumed });
    this.host = host;
    this.settings = settingsOf(options);
    this.reasons = options.reasons ?? enBulkReasons;
    this.journal = journal;
  }

  get failedLeadIds(): RecordId[] {
    return this.state.results.filter((result) => result.outcome === 'failed').map((result) => result.leadId);
  }

  csv(): string {
    return bulkResultsCsv(this.state.results, this.reasons.csvHeader);
  }

  /** Stops polling/converting (calls already sent are left to Zoho; the journal keeps them). */
  abort(): void {
    this.controller.abort();
    if (this.state.phase === 'running' || this.state.phase === 'reading-results') this.set({ phase: 'interrupted' });
  }

  start(plan: BulkPlan): Promise<void> {
    if (this.state.phase === 'running' || this.state.phase === 'reading-results') return Promise.resolve();
    return this.run(plan, []);
  }

  /** Runs a plan of failed leads only, keeping every other result. */
  retryFailed(plan: BulkPlan): Promise<void> {
    if (this.state.phase !== 'done' && this.state.phase !== 'interrupted') return Promise.resolve();
    const failed = new Set(this.failedLeadIds);
    const only: BulkPlan = {
      ...plan,
      massJobs: plan.massJobs
        .map((job) => ({ ...job, leadIds: job.leadIds.filter((id) => failed.has(id)), request: { ...job.request, ids: job.request.ids.filter((id) => failed.has(id)) } }))
        .filter((job) => job.leadIds.length > 0),
      singles: plan.singles.filter((single) => failed.has(single.leadId)),
      skipped: plan.skipped.filter((id) => failed.has(id)),
      blocked: plan.blocked.filter((entry) => failed.has(entry.leadId)),
    };
    const touched = new Set([...only.massJobs.flatMap((job) => job.leadIds), ...only.singles.map((s) => s.leadId), ...only.skipped, ...only.blocked.map((b) => b.leadId)]);
    const untouched = this.state.results.filter((result) => !touched.has(result.leadId));
    return this.run(
      only,
      untouched.filter((result) => result.outcome !== 'failed'),
      untouched.filter((result) => result.outcome === 'failed'),
    );
  }

  /** Finishes what an earlier session left in the journal: polls its jobs, reads everything back. Idempotent. */
  resume(): Promise<void> {
    if (this.resumeStarted || !this.state.resumed || this.state.phase !== 'idle') return Promise.resolve();
    this.resumeStarted = true;
    const { jobs, singles } = this.journal.current;
    this.attempts = new Map();
    this.jobFailures = new Map();
    const views: BulkJobView[] = jobs.map((job) => ({ jobId: job.jobId, leadIds: job.leadIds, state: job.jobId ? 'scheduled' : 'submit-failed', counts: null, error: null }));
    jobs.forEach((job, index) => job.leadIds.forEach((id) => this.attempts.set(id, { how: 'mass', job: index })));
    singles.forEach((id) => this.attempts.set(id, { how: 'single', confirmed: null, failure: null }));
    this.set({ phase: 'running', jobs: views, results: [] });
    this.refreshProgress();
    return this.guard(async () => {
      await Promise.all(jobs.map((job, index) => (job.jobId ? this.poll(index, job.jobId) : Promise.resolve())));
      await this.finish({}, [], []);
    });
  }

  private run(plan: BulkPlan, keep: BulkResult[], rechecks: BulkResult[] = []): Promise<void> {
    this.rechecks = rechecks;
    // Never convert twice: leads an unfinished run still holds are left out (resume() settles them).
    const held = journalLeadIds(this.journal.current);
    const jobs = plan.massJobs
      .map((job) => ({ ...job, leadIds: job.leadIds.filter((id) => !held.has(id)), request: { ...job.request, ids: job.request.ids.filter((id) => !held.has(id)) } }))
      .filter((job) => job.leadIds.length > 0);
    const singles = plan.singles.filter((single) => !held.has(single.leadId));
    this.attempts = new Map();
    this.jobFailures = new Map();
    jobs.forEach((job, index) => job.leadIds.forEach((id) => this.attempts.set(id, { how: 'mass', job: index })));
    singles.forEach((single) => this.attempts.set(single.leadId, { how: 'single', confirmed: null, failure: null }));
    const views: BulkJobView[] = jobs.map((job) => ({ jobId: null, leadIds: job.leadIds, state: 'submitting', counts: null, error: null }));
    this.set({ phase: 'running', jobs: views, results: keep });
    this.refreshProgress();
    const skippedResults = [
      ...plan.skipped.map((id) => this.skippedResult(id, plan.labels, this.reasons.skipped)),
      ...plan.blocked.map((entry) => this.skippedResult(entry.leadId, plan.labels, this.reasons.blocked)),
    ];
    return this.guard(async () => {
      const signal = this.controller.signal;
      const polls: Promise<void>[] = [];
      await Promise.all([
        runPool(jobs.map((job, index) => ({ job, index })), this.settings.jobConcurrency, async ({ job, index }) => {
          const jobId = await this.submit(index, job);
          if (jobId) polls.push(this.poll(index, jobId));
        }, signal),
        runPool(singles, this.settings.convertConcurrency, (single) => this.convertSingle(single), signal),
      ]);
      await Promise.all(polls);
      await this.finish(plan.labels, keep, skippedResults);
    });
  }

  private async guard(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch {
      // Aborted or an unexpected failure: the journal still holds whatever was sent, so reopening resumes it.
      this.set({ phase: 'interrupted' });
    }
  }

  // ---------- mass jobs ----------

  private async submit(index: number, job: BulkPlanJob): Promise<RecordId | null> {
    this.journal.update((j) => ({ ...j, jobs: [...j.jobs, { jobId: null, leadIds: job.leadIds }] }));
    const signal = this.controller.signal;
    const send = () => withBackoff(this.settings, () => this.host.massConvert(job.request), isRateLimited, signal);
    try {
      return this.submitted(index, job, (await send()).jobId);
    } catch (error) {
      if (error instanceof AbortedError) throw error;
      if (!isCrmError(error) || !error.mayHaveExecuted) return this.submitFailed(index, job, errorMessage(error));
      // The job may exist although the answer was lost: look at its leads before sending it again.
      this.updateJob(index, { error: errorMessage(error) });
      await this.settings.sleep(RESUBMIT_CHECK_MS, signal);
      // A 2xx whose body could not be read: the job exists for sure, so it is never sent again.
      if (error.kind === 'malformed') return this.orphaned(index, job, errorMessage(error));
      const leads = await this.readLeads(job.leadIds);
      if (leads === null || leads.some((lead) => lead.converted)) return this.orphaned(index, job, errorMessage(error));
      try {
        return this.submitted(index, job, (await send()).jobId);
      } catch (again) {
        if (again instanceof AbortedError) throw again;
        return this.submitFailed(index, job, errorMessage(again), !(isCrmError(again) && again.mayHaveExecuted));
      }
    }
  }

  private submitted(index: number, job: BulkPlanJob, jobId: RecordId): RecordId {
    this.journal.update((j) => ({ ...j, jobs: j.jobs.map((entry) => (entry.leadIds === job.leadIds || sameIds(entry.leadIds, job.leadIds) ? { ...entry, jobId } : entry)) }));
    this.updateJob(index, { jobId, state: 'scheduled', error: null });
    return jobId;
  }

  /** A job that runs in Zoho without an id we can poll: its leads are watched until they stop changing. */
  private async orphaned(index: number, job: BulkPlanJob, message: string): Promise<null> {
    this.submitFailed(index, job, message, false);
    await this.watchLeads(job.leadIds);
    return null;
  }

  /**
   * Reads a job's leads every few seconds until all are converted or two reads in a row show no change, so the
   * read-back does not report as failed a lead that the job converts a moment later.
   */
  private async watchLeads(leadIds: RecordId[]): Promise<void> {
    let before = -1;
    for (let watch = 0; watch < MAX_LEAD_WATCHES; watch += 1) {
      const leads = await this.readLeads(leadIds);
      if (leads === null) return;
      const converted = leads.filter((lead) => lead.converted).length;
      if (converted === leadIds.length || converted === before) return;
      before = converted;
      await this.settings.sleep(LEAD_WATCH_INTERVAL_MS, this.controller.signal);
    }
  }

  /** `settled` false = the job may still run in Zoho: the journal keeps it until the leads are read back. */
  private submitFailed(index: number, job: BulkPlanJob, message: string, settled = true): null {
    if (settled) this.dropJob(job.leadIds);
    this.jobFailures.set(index, this.reasons.submitFailed(message));
    this.updateJob(index, { state: 'submit-failed', error: message });
    this.refreshProgress();
    return null;
  }

  private async poll(index: number, jobId: RecordId): Promise<void> {
    const signal = this.controller.signal;
    const samples: PollSample[] = [];
    let failedInARow = 0;
    for (let attempt = 0; attempt < MAX_POLLS; attempt += 1) {
      await this.settings.sleep(nextPollDelay(attempt, samples, this.settings.poll), signal);
      try {
        const counts = await withBackoff(this.settings, () => this.host.getMassConvertStatus(jobId, { signal }), isRetryableRead, signal);
        samples.push({ at: this.settings.now(), processed: counts.converted + counts.failed, total: counts.total });
        const state = counts.state === 'unknown' ? (this.state.jobs[index]?.state ?? 'scheduled') : counts.state;
        failedInARow = 0;
        this.updateJob(index, { counts, state, error: null });
        this.refreshProgress();
        if (counts.state === 'failed') this.jobFailures.set(index, this.reasons.massJobFailed);
        if (counts.state === 'completed' || counts.state === 'failed') return;
      } catch (error) {
        if (error instanceof AbortedError) throw error;
        // The status could not be read for a while: follow the job through its leads; the read-back attributes each.
        this.updateJob(index, { error: errorMessage(error) });
        if (!isRetryableRead(error)) return this.watchLeads(this.jobLeads(index));
        if ((failedInARow += 1) >= MAX_FAILED_POLLS) return;
      }
    }
  }

  // ---------- singles ----------

  private async convertSingle(single: BulkPlanSingle): Promise<void> {
    const { leadId, converter } = single;
    this.journal.update((j) => ({ ...j, singles: [...j.singles, leadId] }));
    const signal = this.controller.signal;
    let rateLimited = 0;
    let uncertain = 0;
    let failure: string | null = null;
    let confirmed: Pick<BulkResult, 'contactId' | 'accountId' | 'dealId'> | null = null;
    for (;;) {
      try {
        const result = await this.host.convertLead(leadId, converter);
        if (result.kind === 'converted') confirmed = { contactId: result.contact.id, accountId: result.account?.id ?? null, dealId: result.deal?.id ?? null };
        break;
      } catch (error) {
        if (isRateLimited(error) && rateLimited + 1 < this.settings.backoff.attempts) {
          await this.settings.sleep(backoffDelay(rateLimited, this.settings.backoff), signal);
          rateLimited += 1;
          continue;
        }
        if (isCrmError(error) && error.mayHaveExecuted) {
          // Never convert twice: the lead tells whether the lost call went through.
          const [lead] = (await this.readLeads([leadId])) ?? [];
          if (lead?.converted) break;
          uncertain += 1;
          if (lead && uncertain < MAX_UNCERTAIN_CONVERTS) continue;
          failure = lead ? errorMessage(error) : this.reasons.notReadBack;
          break;
        }
        const explained = explainConvertError(error, single.context, converter);
        // Already converted (e.g. by a lost earlier call): the read-back attributes it.
        if (explained.code !== 'ID_ALREADY_CONVERTED') failure = this.reasons.singleFailed(explained.code, explained.detail ?? errorMessage(error));
        break;
      }
    }
    this.attempts.set(leadId, { how: 'single', confirmed, failure });
    this.journal.update((j) => ({ ...j, singles: j.singles.filter((id) => id !== leadId) }));
    this.refreshProgress();
  }

  // ---------- results ----------

  private async finish(labels: Labels, keep: BulkResult[], skipped: BulkResult[]): Promise<void> {
    this.set({ phase: 'reading-results' });
    const unconfirmed = [
      ...[...this.attempts].filter(([, a]) => a.how === 'mass' || a.confirmed === null).map(([id]) => id),
      ...this.rechecks.map((result) => result.leadId),
    ];
    const leads = new Map<RecordId, Lead | null | undefined>();
    await runPool(chunk(unconfirmed, READ_BATCH_SIZE), this.settings.readConcurrency, async (batch) => {
      const read = await this.readLeads(batch);
      for (const id of batch) leads.set(id, read === null ? undefined : (read.find((lead) => lead.id === id) ?? null));
    });
    const results: BulkResult[] = [...keep];
    for (const [leadId, attempt] of this.attempts) results.push(this.resultOf(leadId, attempt, leads.has(leadId) ? leads.get(leadId) : null, labels));
    for (const previous of this.rechecks) results.push(rechecked(previous, leads.get(previous.leadId)));
    this.rechecks = [];
    results.push(...skipped);
    this.journal.clear();
    const converted = results.filter((r) => r.outcome === 'converted').length;
    const failed = results.filter((r) => r.outcome === 'failed').length;
    this.set({ phase: 'done', results, progress: { converted, failed, pending: 0, total: converted + failed } });
  }

  /** `lead` undefined = could not be read back; null = not found (or not needed for a confirmed single). */
  private resultOf(leadId: RecordId, attempt: Attempt, lead: Lead | null | undefined, labels: Labels): BulkResult {
    const label = lead ? { name: lead.fullName, company: lead.company } : (labels[leadId] ?? { name: '', company: null });
    const base = { leadId, ...label, how: attempt.how, contactId: null, accountId: null, dealId: null };
    if (attempt.how === 'single' && attempt.confirmed) return { ...base, outcome: 'converted', reason: null, ...attempt.confirmed };
    if (lead === undefined) return { ...base, outcome: 'failed', reason: this.reasons.notReadBack };
    if (lead === null) return { ...base, outcome: 'failed', reason: this.reasons.leadState.missing };
    if (lead.converted) {
      const detail = lead.convertedDetail;
      return { ...base, outcome: 'converted', reason: null, contactId: detail?.contactId ?? null, accountId: detail?.accountId ?? null, dealId: detail?.dealId ?? null };
    }
    if (attempt.how === 'single') return { ...base, outcome: 'failed', reason: attempt.failure ?? this.reasons.runInterrupted };
    const jobFailure = this.jobFailures.get(attempt.job);
    return { ...base, outcome: 'failed', reason: jobFailure ?? this.reasons.massNotConverted(leadState(lead, this.reasons)) };
  }

  private skippedResult(leadId: RecordId, labels: Labels, reason: string): BulkResult {
    const label = labels[leadId] ?? { name: '', company: null };
    return { leadId, ...label, outcome: 'skipped', how: null, reason, contactId: null, accountId: null, dealId: null };
  }

  /** Reads leads with backoff; null when they could not be read. */
  private async readLeads(leadIds: RecordId[]): Promise<Lead[] | null> {
    const signal = this.controller.signal;
    try {
      return await withBackoff(this.settings, () => this.host.getLeads(leadIds, { signal }), isRetryableRead, signal);
    } catch (error) {
      if (error instanceof AbortedError) throw error;
      return null;
    }
  }

  // ---------- view state ----------

  private jobLeads(index: number): RecordId[] {
    return this.state.jobs[index]?.leadIds ?? [];
  }

  private updateJob(index: number, patch: Partial<BulkJobView>): void {
    this.set({ jobs: this.state.jobs.map((job, i) => (i === index ? { ...job, ...patch } : job)) });
  }

  private dropJob(leadIds: RecordId[]): void {
    this.journal.update((j): RunJournal => ({ ...j, jobs: j.jobs.filter((entry) => !sameIds(entry.leadIds, leadIds)) }));
  }

  private refreshProgress(): void {
    let converted = 0;
    let failed = 0;
    this.state.jobs.forEach((job, index) => {
      if (job.state === 'submit-failed' && this.jobFailures.has(index)) failed += job.leadIds.length;
      else if (job.counts) {
        converted += Math.min(job.counts.converted, job.leadIds.length);
        failed += job.counts.state === 'failed' ? job.leadIds.length - Math.min(job.counts.converted, job.leadIds.length) : job.counts.failed;
      }
    });
    for (const attempt of this.attempts.values()) {
      if (attempt.how !== 'single') continue;
      if (attempt.confirmed) converted += 1;
      else if (attempt.failure) failed += 1;
    }
    const total = this.attempts.size;
    this.set({ progress: { converted, failed: Math.min(failed, total - converted), pending: Math.max(0, total - converted - failed), total } });
  }
}

/** A failed lead read again: converted meanwhile (e.g. by a job whose answer was lost) or still as reported. */
function rechecked(previous: BulkResult, lead: Lead | null | undefined): BulkResult {
  if (!lead?.converted) return previous;
  const detail = lead.convertedDetail;
  return { ...previous, outcome: 'converted', reason: null, contactId: detail?.contactId ?? null, accountId: detail?.accountId ?? null, dealId: detail?.dealId ?? null };
}

function sameIds(a: RecordId[], b: RecordId[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

const leadState = (lead: Lead, reasons: BulkReasonTexts): string => {
  if (lead.locked) return reasons.leadState.locked;
  if (lead.inMerge) return reasons.leadState['in-merge'];
  if (lead.approvalState !== 'approved') return reasons.leadState['not-approved'];
  return reasons.leadState.open;
};
