// Reads a selection for the bulk review table: leads in batches of 100, then the conversion options of
// each eligible lead with a bounded number in flight; 429 and transient failures back off and retry.
import type { CrmHost, Lead, RecordId } from '../crm-host';
import { classifyRow, isRetryableRow, pendingRow } from '../../domain/bulk/classify-row';
import { chunk, READ_BATCH_SIZE } from '../../domain/bulk/plan-bulk-run';
import { journalLeadIds } from '../../domain/bulk/run-journal';
import type { BulkEngineOptions } from './bulk-engine-options';
import type { BulkReadingPhase, BulkRow } from './bulk-types';
import { AbortedError, errorMessage, isRetryableRead, Observable, runPool, settingsOf, withBackoff, type EngineSettings } from './engine-support';
import { JournalStore } from './journal-storage';
import { canRetryByHand } from '../read-retry-policy';

export type BulkReadState = { phase: BulkReadingPhase; done: number; total: number; rows: BulkRow[] };

export class BulkReadEngine extends Observable<BulkReadState> {
  private readonly host: CrmHost;
  private readonly leadIds: RecordId[];
  private readonly settings: EngineSettings;
  private readonly options: BulkEngineOptions;
  private controller = new AbortController();
  private started = false;

  constructor(host: CrmHost, leadIds: RecordId[], options: BulkEngineOptions = {}) {
    const unique = [...new Set(leadIds)];
    super({ phase: 'reading-leads', done: 0, total: unique.length, rows: unique.map(pendingRow) });
    this.host = host;
    this.leadIds = unique;
    this.options = options;
    this.settings = settingsOf(options);
  }

  /** Reads everything once (idempotent, so a StrictMode double effect does not read twice). */
  start(): Promise<void> {
    if (this.started) return Promise.resolve();
    this.started = true;
    return this.read(this.leadIds, {});
  }

  cancel(): void {
    this.controller.abort();
    if (this.state.phase === 'reading-leads' || this.state.phase === 'reading-options') this.set({ phase: 'cancelled' });
  }

  retryFailedReads(): Promise<void> {
    return this.read(this.state.rows.filter(isRetryableRow).map((row) => row.leadId), {});
  }

  reread(leadIds: RecordId[], previousFailures: Record<RecordId, string> = {}): Promise<void> {
    return this.read(leadIds, previousFailures);
  }

  private async read(leadIds: RecordId[], previousFailures: Record<RecordId, string>): Promise<void> {
    if (leadIds.length === 0) return;
    this.controller = new AbortController();
    const { signal } = this.controller;
    // Leads an unfinished run (earlier session) still holds are never planned again until it settles.
    const inRun = journalLeadIds(new JournalStore(this.leadIds, this.options.storage).current);
    this.set({ phase: 'reading-leads', done: 0, total: leadIds.length * 2 });
    try {
      const leads: Lead[] = [];
      for (const batch of chunk(leadIds, READ_BATCH_SIZE)) {
        leads.push(...(await this.readLeads(batch, signal)));
        this.set({ done: this.state.done + batch.length });
      }
      const eligible: Lead[] = [];
      for (const lead of leads) {
        const row = classifyRow(lead, undefined);
        if (inRun.has(lead.id) && !lead.converted) this.replace({ ...row, status: 'cannot-convert', reason: { kind: 'in-unfinished-run' } });
        else if (row.status === 'cannot-convert') this.replace(row);
        else eligible.push(lead);
      }
      this.set({ phase: 'reading-options', total: leadIds.length + eligible.length, done: leadIds.length });
      await runPool(eligible, this.settings.readConcurrency, (lead) => this.readOptions(lead, previousFailures[lead.id], signal), signal);
      if (signal.aborted) throw new AbortedError();
      this.set({ phase: 'done' });
    } catch (error) {
      this.set({ phase: signal.aborted || error instanceof AbortedError ? 'cancelled' : 'failed' });
    }
  }

  private async readLeads(batch: RecordId[], signal: AbortSignal): Promise<Lead[]> {
    try {
      const leads = await withBackoff(this.settings, () => this.host.getLeads(batch, { signal }), isRetryableRead, signal);
      const found = new Set(leads.map((lead) => lead.id));
      for (const leadId of batch) {
        if (!found.has(leadId)) this.replace({ ...pendingRow(leadId), reason: { kind: 'lead-not-found' } });
      }
      return leads;
    } catch (error) {
      if (signal.aborted) throw new AbortedError();
      const reason = { kind: 'read-failed' as const, what: 'lead' as const, message: errorMessage(error), retryable: canRetryByHand(error) };
      for (const leadId of batch) this.replace({ ...pendingRow(leadId), reason });
      return [];
    }
  }

  private async readOptions(lead: Lead, previousFailure: string | undefined, signal: AbortSignal): Promise<void> {
    try {
      const options = await withBackoff(this.settings, () => this.host.getConversionOptions(lead.id, { signal }), isRetryableRead, signal);
      this.replace(classifyRow(lead, options, previousFailure));
    } catch (error) {
      if (signal.aborted) return;
      const reason = { kind: 'read-failed' as const, what: 'options' as const, message: errorMessage(error), retryable: canRetryByHand(error) };
      this.replace({ ...pendingRow(lead.id), lead, reason });
    } finally {
      if (!signal.aborted) this.set({ done: this.state.done + 1 });
    }
  }

  private replace(row: BulkRow): void {
    this.set({ rows: this.state.rows.map((existing) => (existing.leadId === row.leadId ? row : existing)) });
  }
}
