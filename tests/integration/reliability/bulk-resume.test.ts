// A bulk run that failed midway (the network dies, or Zoho answers 500 for a while) can be resumed: Retry failed
// reads the failed leads again first, so a lead that did convert is never submitted again.
import { describe, expect, it } from 'vitest';
import { BulkReadEngine } from '../../../app/api/bulk/bulk-read-engine';
import { BulkRunEngine } from '../../../app/api/bulk/bulk-run-engine';
import type { BulkDecision, BulkRow } from '../../../app/api/bulk/bulk-types';
import { planBulkRun } from '../../../app/domain/bulk/plan-bulk-run';
import { bulkKind, bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';
import type { FaultKind } from '../../../app/host/simulator/simulated-crm-types';
import { defaultSharedOptions } from '../../../app/state/bulk-store';
import { createHarness, type Harness } from '../bulk-engine/bulk-harness';

/** 60 clean leads (two mass jobs) and 6 email matches merged into their contact (single converts). */
const SELECTION = Array.from({ length: 90 }, (_, i) => i)
  .filter((i) => bulkKind(i) === 'clean' || bulkKind(i) === 'email-match')
  .slice(0, 66)
  .map(bulkLeadId);

async function planFor(h: Harness, leadIds: string[], previousFailures: Record<string, string> = {}) {
  const reader = new BulkReadEngine(h.host, SELECTION, h.options);
  await reader.reread(leadIds, previousFailures);
  const rows: BulkRow[] = reader.getSnapshot().rows.filter((row) => leadIds.includes(row.leadId));
  const decisions: Record<string, BulkDecision> = {};
  for (const row of rows) {
    const contact = row.options?.contacts[0];
    if (row.status === 'needs-review') decisions[row.leadId] = contact ? { kind: 'resolved', choices: { contact: { kind: 'existing', id: contact.id } } } : { kind: 'create-new' };
  }
  const [modules, users] = await Promise.all([h.host.getModules(), h.host.getActiveUsers()]);
  return { rows, plan: planBulkRun({ rows, decisions, shared: defaultSharedOptions, modules, dealSetup: null, users, today: '2026-01-05' }) };
}

/** Every lead id of every convert / mass convert request that Zoho executed (answered 2xx or committed, answer lost). */
function executedConversions(h: Harness): string[] {
  return h.crm.log
    .filter((entry) => (entry.operation === 'convert' || entry.operation === 'massConvert') && ((entry.status ?? 0) < 300 && entry.status !== undefined || entry.fault === 'lost-after-commit'))
    .flatMap((entry) => (entry.operation === 'massConvert' ? (entry.body as { ids: string[] }).ids : [entry.path.split('/')[4]!]));
}

const convertedInCrm = (h: Harness) => h.crm.snapshot().leads.filter((lead) => SELECTION.includes(lead.id) && lead.$converted === true).map((lead) => lead.id);

describe.each<[string, FaultKind]>([
  ['the network dies', 'lost-before-commit'],
  ['Zoho answers 500', 'server-error'],
])('a bulk run during which %s, resumed with Retry failed', (_label, fault) => {
  it('ends with every lead converted exactly once and no converted lead submitted again', async () => {
    const h = createHarness();
    const { plan } = await planFor(h, SELECTION);
    expect(plan.massJobs).toHaveLength(2);
    expect(plan.singles.length).toBeGreaterThan(0);
    h.crm.clearLog();

    // The first job gets through; from its answer on, every call fails until the rep tries again.
    h.onResponse.current = (request, response) => {
      if (request.path.endsWith('/mass_convert') && request.method === 'POST' && response.status === 202) {
        h.crm.addFault({ kind: fault, times: Infinity });
        h.onResponse.current = () => {};
      }
    };
    const engine = new BulkRunEngine(h.host, SELECTION, { ...h.options, jobConcurrency: 1 });
    await engine.start(plan);
    const first = engine.getSnapshot();
    expect(first.phase).toBe('done');
    const failed = engine.failedLeadIds;
    expect(failed.length).toBeGreaterThan(0);
    // Every failure says why; nothing is reported converted that is not.
    expect(first.results.filter((r) => r.outcome === 'failed').every((r) => (r.reason ?? '').length > 0)).toBe(true);
    const reportedConverted = first.results.filter((r) => r.outcome === 'converted').map((r) => r.leadId);
    expect(convertedInCrm(h)).toEqual(expect.arrayContaining(reportedConverted));

    // The network is back. Retry failed: the failed leads are read again and re-planned; converted ones drop out.
    h.crm.clearFaults();
    const convertedMeanwhile = convertedInCrm(h);
    const reasons = Object.fromEntries(first.results.filter((r) => r.outcome === 'failed').map((r) => [r.leadId, r.reason ?? '']));
    const retry = await planFor(h, failed, reasons);
    expect(retry.rows.filter((row) => convertedMeanwhile.includes(row.leadId)).every((row) => row.status === 'cannot-convert')).toBe(true);
    await engine.retryFailed(retry.plan);

    const after = engine.getSnapshot();
    expect(after.results.filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(convertedInCrm(h).sort()).toEqual([...SELECTION].sort());
    // Exactly once: no lead was in two executed conversion requests.
    const executed = executedConversions(h);
    expect(executed.sort()).toEqual([...SELECTION].sort());
  });
});
