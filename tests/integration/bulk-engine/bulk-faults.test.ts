import { describe, expect, it } from 'vitest';
import { BulkReadEngine } from '../../../app/api/bulk/bulk-read-engine';
import { BulkRunEngine } from '../../../app/api/bulk/bulk-run-engine';
import { planBulkRun } from '../../../app/domain/bulk/plan-bulk-run';
import { bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';
import { defaultSharedOptions } from '../../../app/state/bulk-store';
import { createHarness } from './bulk-harness';

describe('bulk engine — reading and submit faults', () => {
  it('reads options at most 4 at a time, backs off on 429, keeps a failed read per row and retries it', async () => {
    const h = createHarness();
    const ids = h.selection.slice(0, 40);
    h.crm.addFault({ kind: 'rate-limit', operation: 'conversionOptions', times: 3 });
    h.crm.addFault({ kind: 'server-error', operation: 'conversionOptions', recordId: bulkLeadId(1), times: 10 });
    let inFlight = 0;
    let peak = 0;
    h.onRequest.current = (request) => {
      if (request.path.includes('__conversion_options')) peak = Math.max(peak, (inFlight += 1));
    };
    h.onResponse.current = (request) => {
      if (request.path.includes('__conversion_options')) inFlight -= 1;
    };
    const reader = new BulkReadEngine(h.host, ids, h.options);
    await reader.start();
    const state = reader.getSnapshot();
    expect(state.phase).toBe('done');
    expect(peak).toBeLessThanOrEqual(4);
    const broken = state.rows.find((row) => row.leadId === bulkLeadId(1));
    expect(broken).toMatchObject({ status: 'unreadable', reason: { kind: 'read-failed', what: 'options', retryable: true } });
    expect(state.rows.filter((row) => row.status === 'unreadable')).toHaveLength(1);
    h.crm.clearFaults();
    h.crm.clearLog();
    await reader.retryFailedReads();
    expect(reader.getSnapshot().rows.find((row) => row.leadId === bulkLeadId(1))?.status).toBe('ready');
    expect(h.count('conversionOptions')).toBe(1);
  });

  it('cancel keeps the rows already read', async () => {
    const h = createHarness();
    const reader = new BulkReadEngine(h.host, h.selection, h.options);
    let seen = 0;
    h.onResponse.current = (request) => {
      if (request.path.includes('__conversion_options') && (seen += 1) === 10) reader.cancel();
    };
    await reader.start();
    const state = reader.getSnapshot();
    expect(state.phase).toBe('cancelled');
    // Answers in flight at the cancel are dropped; the ones already classified stay.
    expect(state.rows.filter((row) => row.status === 'ready' || row.status === 'needs-review').length).toBeGreaterThanOrEqual(6);
    expect(state.rows.filter((row) => row.status === 'cannot-convert')).toHaveLength(32);
    expect(h.count('conversionOptions')).toBeLessThan(20);
  });

  it('a mass submit whose answer was lost is read back, not resubmitted, when its leads converted', async () => {
    const h = createHarness();
    const reader = new BulkReadEngine(h.host, h.selection, h.options);
    await reader.start();
    const rows = reader.getSnapshot().rows.filter((row) => row.status === 'ready').slice(0, 30);
    const modules = await h.host.getModules();
    const plan = planBulkRun({ rows, decisions: {}, shared: defaultSharedOptions, modules, dealSetup: null, users: [], today: '2026-01-05' });
    h.crm.addFault({ kind: 'lost-after-commit', operation: 'massConvert' });
    const engine = new BulkRunEngine(h.host, h.selection, h.options);
    await engine.start(plan);
    const state = engine.getSnapshot();
    expect(h.count('massConvert')).toBe(1);
    expect(state.jobs[0]?.state).toBe('submit-failed');
    // Every lead is attributed by the read-back; none converted twice.
    expect(state.results.every((r) => r.outcome === 'converted' || (r.outcome === 'failed' && r.reason))).toBe(true);
    const converted = h.crm.snapshot().leads.filter((lead) => rows.some((row) => row.leadId === lead.id) && lead['$converted'] === true);
    expect(state.results.filter((r) => r.outcome === 'converted')).toHaveLength(converted.length);
    expect(converted.length).toBeGreaterThan(0);
  });
});
