// The bulk flow's calls × every fault kind, through the bulk engines and the production host adapter against the
// simulated CRM (tests/integration/bulk-engine/bulk-harness: deadlines of 400 ms, the engines' sleeps move the
// simulator's clock). The slow fault is scaled with the deadlines: 200 ms, under the 400 ms deadline as 5 s is
// under the production 20 s / 45 s.
import { describe, expect, it } from 'vitest';
import { BulkReadEngine } from '../../../app/api/bulk/bulk-read-engine';
import { BulkRunEngine } from '../../../app/api/bulk/bulk-run-engine';
import type { BulkDecision, BulkRow } from '../../../app/api/bulk/bulk-types';
import { planBulkRun } from '../../../app/domain/bulk/plan-bulk-run';
import { bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';
import type { FaultRule } from '../../../app/host/simulator/simulated-crm-types';
import { defaultSharedOptions } from '../../../app/state/bulk-store';
import { createHarness, type Harness } from '../bulk-engine/bulk-harness';
import { MATRIX_FAULTS, TRANSIENT, type MatrixFault } from './fault-kinds';

const CLEAN = [0, 1, 2, 3, 4, 5].map(bulkLeadId);
/** Index 7 of every ten has an email match: merged into its contact, so it runs as a single convert. */
const EMAIL_MATCH = bulkLeadId(7);

const rule = (kind: MatrixFault, operation: FaultRule['operation'], recordId?: string): FaultRule => ({ kind, operation, recordId, delayMs: kind === 'slow' ? 200 : undefined });

async function read(h: Harness, ids: string[]) {
  const reader = new BulkReadEngine(h.host, ids, h.options);
  await reader.start();
  return reader;
}

async function planFor(h: Harness, rows: BulkRow[]) {
  const decisions: Record<string, BulkDecision> = {};
  for (const row of rows) {
    const contact = row.options?.contacts[0];
    if (row.status === 'needs-review' && contact) decisions[row.leadId] = { kind: 'resolved', choices: { contact: { kind: 'existing', id: contact.id } } };
  }
  const [modules, users] = await Promise.all([h.host.getModules(), h.host.getActiveUsers()]);
  return planBulkRun({ rows, decisions, shared: defaultSharedOptions, modules, dealSetup: null, users, today: '2026-01-05' });
}

async function run(h: Harness, ids: string[], arm: () => void) {
  const rows = (await read(h, ids)).getSnapshot().rows;
  const plan = await planFor(h, rows);
  h.crm.clearLog();
  arm();
  const engine = new BulkRunEngine(h.host, ids, h.options);
  await engine.start(plan);
  return { engine, plan, state: engine.getSnapshot() };
}

const convertedInCrm = (h: Harness, ids: string[]) => h.crm.snapshot().leads.filter((lead) => ids.includes(lead.id) && lead.$converted === true).map((lead) => lead.id);
const unreadable = (reader: BulkReadEngine) => reader.getSnapshot().rows.filter((row) => row.status === 'unreadable');

describe('bulk reading × every fault (automatic backoff for what can pass; Try again for an unreadable answer)', () => {
  const rows = [
    ['getLeads (reading)', 'getLeads', CLEAN.length],
    ['getConversionOptions (reading)', 'conversionOptions', 1],
  ] as const;
  const cells = rows.flatMap(([name, operation, hit]) => MATRIX_FAULTS.map((fault) => [name, fault, operation, hit, fault] as const));

  it.each(cells)('%s × %s', async (_name, _fault, operation, hit, fault) => {
    const h = createHarness();
    h.crm.addFault(rule(fault, operation));
    const reader = await read(h, CLEAN);
    const sent = h.count(operation);
    if (TRANSIENT.has(fault) || fault === 'slow') {
      expect(unreadable(reader)).toEqual([]);
      expect(sent).toBe((operation === 'getLeads' ? 1 : CLEAN.length) + (fault === 'slow' ? 0 : 1));
      return;
    }
    // The rows that answer could not fill are marked, with the rep's Try again offered.
    expect(unreadable(reader)).toHaveLength(hit);
    expect(unreadable(reader).every((row) => row.reason?.kind === 'read-failed' && row.reason.retryable)).toBe(true);
    await reader.retryFailedReads();
    expect(unreadable(reader)).toEqual([]);
  });
});

describe('bulk run × every fault (each lead converted once, or failed with a reason; nothing resubmitted blindly)', () => {
  it.each(MATRIX_FAULTS)('convertLead (bulk single) × %s', async (fault) => {
    const h = createHarness();
    const { state, plan } = await run(h, [EMAIL_MATCH], () => h.crm.addFault(rule(fault, 'convert', EMAIL_MATCH)));
    expect(plan.singles.map((single) => single.leadId)).toEqual([EMAIL_MATCH]);
    expect(state.results).toMatchObject([{ leadId: EMAIL_MATCH, outcome: 'converted', how: 'single' }]);
    expect(convertedInCrm(h, [EMAIL_MATCH])).toEqual([EMAIL_MATCH]);
    const converts = h.crm.log.filter((entry) => entry.operation === 'convert');
    // Resent only when Zoho refused it (429) or the lead, read first, showed it had not run (timeout, 500).
    const resent = fault === 'rate-limit' || fault === 'never-answers' || fault === 'server-error';
    expect(converts).toHaveLength(resent ? 2 : 1);
    if (resent && fault !== 'rate-limit') {
      const readBetween = h.crm.log.filter((entry) => entry.operation === 'getLeads' && entry.seq > converts[0]!.seq && entry.seq < converts[1]!.seq);
      expect(readBetween.length).toBeGreaterThan(0);
    }
  });

  it.each(MATRIX_FAULTS)('massConvert (submit) × %s', async (fault) => {
    const h = createHarness();
    const { state } = await run(h, CLEAN, () => h.crm.addFault(rule(fault, 'massConvert')));
    expect(convertedInCrm(h, CLEAN).sort()).toEqual([...CLEAN].sort());
    expect(state.results.filter((result) => result.outcome === 'converted').map((result) => result.leadId).sort()).toEqual([...CLEAN].sort());
    const submits = h.crm.log.filter((entry) => entry.operation === 'massConvert');
    // A submit that may have run is resent only after its leads were read and none had converted.
    expect(submits).toHaveLength(fault === 'rate-limit' || fault === 'never-answers' || fault === 'server-error' ? 2 : 1);
  });

  it.each(MATRIX_FAULTS)('getMassConvertStatus × %s', async (fault) => {
    const h = createHarness();
    const { state } = await run(h, CLEAN, () => h.crm.addFault(rule(fault, 'massConvertStatus')));
    expect(state.results.every((result) => result.outcome === 'converted')).toBe(true);
    expect(state.results).toHaveLength(CLEAN.length);
    expect(h.count('massConvert')).toBe(1);
  });

  it.each(MATRIX_FAULTS)('getLeads (read-back) × %s', async (fault) => {
    const h = createHarness();
    // The first lead read of the run is the read-back that attributes the job's outcome to each lead.
    const { state } = await run(h, CLEAN, () => h.crm.addFault(rule(fault, 'getLeads')));
    expect(convertedInCrm(h, CLEAN)).toHaveLength(CLEAN.length);
    if (fault === 'malformed-body' || fault === 'empty-body') {
      // Not lost: the rep is told the outcome is unconfirmed, and a retry reads them first and finds them converted.
      expect(state.results.every((result) => result.outcome === 'failed' && result.reason === 'Could not read the lead back to confirm the outcome')).toBe(true);
      const reread = new BulkReadEngine(h.host, CLEAN, h.options);
      await reread.reread(CLEAN);
      expect(reread.getSnapshot().rows.every((row) => row.status === 'cannot-convert' && row.lead?.converted)).toBe(true);
    } else {
      expect(state.results.every((result) => result.outcome === 'converted')).toBe(true);
    }
    expect(h.count('massConvert')).toBe(1);
  });
});
