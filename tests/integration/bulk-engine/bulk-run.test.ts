import { describe, expect, it } from 'vitest';
import { BulkReadEngine } from '../../../app/api/bulk/bulk-read-engine';
import { BulkRunEngine } from '../../../app/api/bulk/bulk-run-engine';
import type { BulkDecision, BulkPlan, BulkRow } from '../../../app/api/bulk/bulk-types';
import { planBulkRun } from '../../../app/domain/bulk/plan-bulk-run';
import { bulkKind, BULK_LEAD_COUNT } from '../../../app/host/simulator/scenarios/bulk-300';
import { defaultSharedOptions } from '../../../app/state/bulk-store';
import { createHarness, type Harness } from './bulk-harness';

const TODAY = '2026-01-05';

async function readAll(h: Harness, ids = h.selection): Promise<BulkRow[]> {
  const reader = new BulkReadEngine(h.host, ids, h.options);
  await reader.start();
  expect(reader.getSnapshot().phase).toBe('done');
  return reader.getSnapshot().rows;
}

/** Email matches merge into their contact (singles); company matches are created new anyway (mass). */
function decide(rows: BulkRow[]): Record<string, BulkDecision> {
  const decisions: Record<string, BulkDecision> = {};
  for (const row of rows) {
    if (row.status !== 'needs-review' || !row.options) continue;
    const [contact] = row.options.contacts;
    decisions[row.leadId] = contact ? { kind: 'resolved', choices: { contact: { kind: 'existing', id: contact.id } } } : { kind: 'create-new' };
  }
  return decisions;
}

async function plan(h: Harness, rows: BulkRow[], decisions = decide(rows)): Promise<BulkPlan> {
  const [modules, users] = await Promise.all([h.host.getModules(), h.host.getActiveUsers()]);
  return planBulkRun({ rows, decisions, shared: defaultSharedOptions, modules, dealSetup: null, users, today: TODAY });
}

const convertedLeadIds = (h: Harness) => h.crm.snapshot().leads.filter((lead) => lead['$converted'] === true).map((lead) => lead.id);
const indexesOf = (kind: string) => Array.from({ length: BULK_LEAD_COUNT }, (_, i) => i).filter((i) => bulkKind(i) === kind);

describe('bulk engine against the bulk-300 org', () => {
  it('reads, classifies, converts ready rows in ceil(n/50) jobs and merged rows one by one, exactly once', async () => {
    const h = createHarness();
    const rows = await readAll(h);
    const byStatus = (status: string) => rows.filter((row) => row.status === status).length;
    expect(byStatus('ready')).toBe(indexesOf('clean').length);
    expect(byStatus('needs-review')).toBe(indexesOf('email-match').length + indexesOf('company-match').length);
    expect(byStatus('cannot-convert')).toBe(32);
    expect(h.count('getLeads')).toBe(4);

    const thePlan = await plan(h, rows);
    const massCount = indexesOf('clean').length + indexesOf('company-match').length;
    expect(thePlan.massJobs).toHaveLength(Math.ceil(massCount / 50));
    expect(thePlan.singles).toHaveLength(indexesOf('email-match').length);

    const contactsBefore = h.crm.snapshot().contacts.length;
    const alreadyConverted = convertedLeadIds(h).length;
    h.crm.clearLog();
    const engine = new BulkRunEngine(h.host, h.selection, h.options);
    await engine.start(thePlan);
    const state = engine.getSnapshot();
    expect(state.phase).toBe('done');
    expect(h.count('massConvert')).toBe(thePlan.massJobs.length);
    expect(h.count('convert')).toBe(thePlan.singles.length);
    expect(state.results.filter((r) => r.outcome === 'converted')).toHaveLength(massCount + thePlan.singles.length);
    expect(state.results.filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(state.progress).toEqual({ converted: massCount + thePlan.singles.length, failed: 0, pending: 0, total: massCount + thePlan.singles.length });
    // Mass converts create a contact each; merges create none.
    expect(h.crm.snapshot().contacts.length - contactsBefore).toBe(massCount);
    expect(convertedLeadIds(h).length - alreadyConverted).toBe(massCount + thePlan.singles.length);
    const single = state.results.find((r) => r.how === 'single');
    expect(single?.contactId).toBeTruthy();
    expect(state.jobs.every((job) => job.state === 'completed' && job.jobId !== null)).toBe(true);
    expect(engine.csv().split('\r\n')).toHaveLength(state.results.length + 2);
  });

  it('faults (429s, a failed job, a lost single) end with each lead converted once or failed with a reason; retry converts only the failed', async () => {
    const h = createHarness();
    const rows = await readAll(h);
    const thePlan = await plan(h, rows);
    const lostLead = thePlan.singles[0]!.leadId;
    h.crm.addFault({ kind: 'rate-limit', operation: 'convert', times: 6 });
    h.crm.addFault({ kind: 'lost-after-commit', operation: 'convert', recordId: lostLead });
    let jobsSubmitted = 0;
    h.onRequest.current = (request) => {
      if (request.method === 'POST' && request.path.endsWith('/mass_convert')) {
        jobsSubmitted += 1;
        h.crm.setFlags({ failMassConvertJobs: jobsSubmitted === 2 });
      }
    };
    // One submit at a time, so the flag above is set while exactly the second job is being scheduled.
    const engine = new BulkRunEngine(h.host, h.selection, { ...h.options, jobConcurrency: 1 });
    await engine.start(thePlan);
    const state = engine.getSnapshot();
    expect(state.phase).toBe('done');
    const failed = state.results.filter((r) => r.outcome === 'failed');
    const doomedJob = state.jobs.find((job) => job.state === 'failed');
    expect(doomedJob).toBeDefined();
    expect(failed.map((r) => r.leadId).sort()).toEqual([...doomedJob!.leadIds].sort());
    expect(failed.every((r) => r.reason === 'The mass convert job failed')).toBe(true);
    const lost = state.results.find((r) => r.leadId === lostLead);
    expect(lost?.outcome).toBe('converted');
    // The lost single was never sent again: Zoho saw one convert call that committed.
    expect(h.crm.log.filter((e) => e.operation === 'convert' && e.path.includes(lostLead) && e.status !== 429)).toHaveLength(1);

    // Retry failed: back to review, re-planned, only those run.
    const failedIds = engine.getSnapshot().results.filter((r) => r.outcome === 'failed').map((r) => r.leadId);
    const reasons = Object.fromEntries(failed.map((r) => [r.leadId, r.reason ?? '']));
    const reader = new BulkReadEngine(h.host, failedIds, h.options);
    await reader.reread(failedIds, reasons);
    const reviewRows = reader.getSnapshot().rows;
    expect(reviewRows.every((row) => row.status === 'needs-review')).toBe(true);
    const decisions = Object.fromEntries(failedIds.map((id) => [id, { kind: 'create-new' } as BulkDecision]));
    const retryPlan = await plan(h, reviewRows, decisions);
    h.crm.clearLog();
    await engine.retryFailed(retryPlan);
    const after = engine.getSnapshot();
    expect(after.results.filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(h.crm.log.filter((e) => e.operation === 'massConvert').flatMap((e) => (e.body as { ids: string[] }).ids).sort()).toEqual([...failedIds].sort());
    expect(after.results.filter((r) => r.outcome === 'converted')).toHaveLength(state.results.filter((r) => r.outcome !== 'skipped').length);
  });

  it('resumes from the journal: a second engine polls the pending job and never resubmits it', async () => {
    const h = createHarness();
    const rows = (await readAll(h)).filter((row) => row.status === 'ready').slice(0, 80);
    const thePlan = await plan(h, rows);
    expect(thePlan.massJobs).toHaveLength(2);
    const first = new BulkRunEngine(h.host, h.selection, { ...h.options, jobConcurrency: 1 });
    // The widget closes right after Zoho accepted the first job.
    h.onResponse.current = (request, response) => {
      if (request.method === 'POST' && response.status < 300) first.abort();
    };
    await first.start(thePlan);
    h.onResponse.current = () => {};
    expect(first.getSnapshot().phase).toBe('interrupted');
    expect(h.count('massConvert')).toBe(1);
    const firstJob = thePlan.massJobs[0]!.leadIds;

    // Reopened with the same selection: the held leads are not offered again while the job runs.
    const held = new Set(firstJob);
    const reread = (await readAll(h)).filter((row) => held.has(row.leadId));
    expect(reread).toHaveLength(firstJob.length);
    expect(reread.every((row) => row.status === 'cannot-convert' && (row.reason?.kind === 'in-unfinished-run' || row.lead?.converted))).toBe(true);

    const second = new BulkRunEngine(h.host, [...h.selection].reverse(), h.options);
    expect(second.getSnapshot().resumed).toBe(true);
    await second.resume();
    const state = second.getSnapshot();
    expect(state.phase).toBe('done');
    expect(h.count('massConvert')).toBe(1);
    expect(h.count('massConvertStatus')).toBeGreaterThan(0);
    expect(state.results.map((r) => r.leadId).sort()).toEqual([...firstJob].sort());
    expect(state.results.every((r) => r.outcome === 'converted' && r.how === 'mass')).toBe(true);
    // The journal is settled: a third opening has nothing to resume, and the leads read back as converted.
    expect(new BulkRunEngine(h.host, h.selection, h.options).getSnapshot().resumed).toBe(false);
    const again = await readAll(h, firstJob);
    expect(again.every((row) => row.reason?.kind === 'ineligible' && row.reason.reason === 'converted')).toBe(true);
  });
});
