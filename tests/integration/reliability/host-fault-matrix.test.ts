// Every CrmHost call the widget makes × every fault kind, through the production adapter over the stand-in SDK
// against the simulated CRM: the error the call ends with, whether the read policy retries it, and what the CRM
// applied. The screens' reactions to the same cells are in the other files of this folder.
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { isRateLimited, mayHaveConverted } from '../../../app/api/convert-lead-mutation';
import { isCrmError, type CrmErrorKind } from '../../../app/api/crm-error';
import type { CrmHost } from '../../../app/api/crm-host';
import { shouldRetryRead } from '../../../app/api/read-retry-policy';
import { connectZohoHost, resetZohoConnectionForTests } from '../../../app/host/zoho/connect-zoho-host';
import { bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import type { SimOperation } from '../../../app/host/simulator/sim-http';
import { createInProcessBackend } from '../../../app/host/simulator/stand-in-sdk/in-process-backend';
import { installStandInSdk } from '../../../app/host/simulator/stand-in-sdk/install-stand-in-sdk';
import { LONGER_THAN_ANY_DEADLINE_MS, MATRIX_FAULTS, type MatrixFault } from './fault-kinds';

const LEAD = bulkLeadId(0);
const MASS_LEADS = [bulkLeadId(1), bulkLeadId(2)];

async function connect() {
  const crm = createSimulatedCrm({ scenario: 'bulk-300' });
  resetZohoConnectionForTests();
  const sdk = installStandInSdk(createInProcessBackend(crm, { pageLoad: { Entity: 'Leads', EntityId: [LEAD], ButtonPosition: 'DetailView' } }));
  onTestFinished(() => sdk.uninstall());
  const { host } = await connectZohoHost({ pageLoadTimeoutMs: 2000 });
  return { crm, host };
}

type Setup = Awaited<ReturnType<typeof connect>>;
type Call = { call: string; operation: SimOperation; write: boolean; run(host: CrmHost, ids: { dealsLayout: string; job: string }): Promise<unknown> };

const CALLS: Call[] = [
  { call: 'getLead', operation: 'getLead', write: false, run: (h) => h.getLead(LEAD) },
  { call: 'getLeads', operation: 'getLeads', write: false, run: (h) => h.getLeads([LEAD, ...MASS_LEADS]) },
  { call: 'getConversionOptions', operation: 'conversionOptions', write: false, run: (h) => h.getConversionOptions(LEAD) },
  { call: 'getModules', operation: 'modules', write: false, run: (h) => h.getModules() },
  { call: 'getLayouts', operation: 'layouts', write: false, run: (h) => h.getLayouts('Deals') },
  { call: 'getPipelines', operation: 'pipelines', write: false, run: (h, ids) => h.getPipelines(ids.dealsLayout) },
  { call: 'getContactRoles', operation: 'contactRoles', write: false, run: (h) => h.getContactRoles() },
  { call: 'getActiveUsers', operation: 'users', write: false, run: (h) => h.getActiveUsers() },
  { call: 'getOrg', operation: 'org', write: false, run: (h) => h.getOrg() },
  { call: 'getMassConvertStatus', operation: 'massConvertStatus', write: false, run: (h, ids) => h.getMassConvertStatus(ids.job) },
  { call: 'convertLead', operation: 'convert', write: true, run: (h) => h.convertLead(LEAD, {}) },
  { call: 'massConvert', operation: 'massConvert', write: true, run: (h) => h.massConvert({ ids: MASS_LEADS }) },
];

/** What each fault turns into at the port. `applied`: the write reached CRM's data (for writes only). */
const EXPECTED: Record<MatrixFault, { kind: CrmErrorKind | 'ok'; applied: boolean }> = {
  'never-answers': { kind: 'timeout', applied: false },
  'rate-limit': { kind: 'rate-limited', applied: false },
  'server-error': { kind: 'zoho', applied: false },
  'malformed-body': { kind: 'malformed', applied: true },
  'empty-body': { kind: 'malformed', applied: true },
  'lost-after-commit': { kind: 'network', applied: true },
  slow: { kind: 'ok', applied: true },
};

const cells = CALLS.flatMap((call) => MATRIX_FAULTS.map((fault) => [call.call, fault, call, fault] as const));

async function prepare({ crm, host }: Setup, call: Call) {
  const layouts = await host.getLayouts('Deals');
  // Loads the adapter's lazy calls' chunk (no request for no ids) before the clock is faked.
  await host.getLeads([]);
  // The status cell needs a job that exists: submitted without faults, before the fault is armed.
  const job = call.operation === 'massConvertStatus' ? (await host.massConvert({ ids: MASS_LEADS })).jobId : '1';
  crm.clearLog();
  return { dealsLayout: layouts[0]!.id, job };
}

const WATCHED = new Set([LEAD, ...MASS_LEADS]);
const convertedLeads = (crm: Setup['crm']) => crm.snapshot().leads.filter((lead) => WATCHED.has(lead.id) && lead.$converted === true).map((lead) => lead.id);

describe('fault matrix at the CrmHost port (12 calls × 7 faults)', () => {
  afterEach(() => void vi.useRealTimers());

  it.each(cells)('%s × %s', async (_name, _fault, call, fault) => {
    const setup = await connect();
    const ids = await prepare(setup, call);
    vi.useFakeTimers();
    setup.crm.addFault({ kind: fault, operation: call.operation });
    const settled = call.run(setup.host, ids).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await vi.advanceTimersByTimeAsync(LONGER_THAN_ANY_DEADLINE_MS);
    const outcome = await settled;
    const expected = EXPECTED[fault];

    // The CRM received exactly one request: the adapter itself never repeats a call.
    const sent = setup.crm.log.filter((entry) => entry.operation === call.operation);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.fault).toBe(fault);

    if (expected.kind === 'ok') {
      expect(outcome.ok).toBe(true);
    } else {
      expect(outcome.ok).toBe(false);
      const error = outcome.ok ? null : outcome.error;
      expect(isCrmError(error) && error.kind).toBe(expected.kind);
      if (call.write) {
        // A write is "maybe executed" unless Zoho said it was refused before running (429).
        expect(mayHaveConverted(error)).toBe(fault !== 'rate-limit');
        // Only a 429 is sent again automatically (convert: after a pause; mass convert: the engine's backoff).
        expect(isRateLimited(error)).toBe(fault === 'rate-limit');
      } else {
        expect(shouldRetryRead(0, error)).toBe(fault !== 'malformed-body' && fault !== 'empty-body');
        expect(isCrmError(error) && error.mayHaveExecuted).toBe(false);
      }
    }

    if (call.operation === 'convert') expect(convertedLeads(setup.crm)).toEqual(expected.applied ? [LEAD] : []);
    // A mass job runs over simulated time (Date is faked, and 60 s passed): its leads show whether it was created.
    if (call.operation === 'massConvert') expect(convertedLeads(setup.crm)).toEqual(expected.applied ? MASS_LEADS : []);
  });
});
