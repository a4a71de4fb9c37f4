// The single-lead flow × every fault kind, with the production QueryClient (reads retried with backoff) and the
// production deadlines, on fake timers: what the rep sees and what the simulated CRM received.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SimOperation } from '../../../app/host/simulator/sim-http';
import { bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';
import { warmSingleFlowChunks } from '../../support/warm-chunks';
import { renderWidget } from '../../support/render-widget';
import { reviewAndConvert } from '../single-conversion/helpers';
import { LONGER_THAN_ANY_DEADLINE_MS, MATRIX_FAULTS, TRANSIENT, type MatrixFault } from './fault-kinds';

type User = Awaited<ReturnType<typeof renderWidget>>['user'];

type ReadRow = {
  call: string;
  operation: SimOperation;
  scenario: string;
  leadId?: string;
  /** Requests of this operation a fault-free opening makes. */
  baseline: number;
  /** Opens the part of the screen that shows this read (e.g. the deal section). */
  reveal?(user: User): Promise<void>;
  /** Resolves when the part this read feeds is on screen. */
  ready(): Promise<unknown>;
  /** Title of the panel that reports this read's failure; null = the flow goes on without it. */
  failure: RegExp | null;
};

const contactGroup = () => screen.findByRole('group', { name: 'Contact' });
const dealSwitch = async (user: User) => user.click(await screen.findByRole('switch', { name: 'Create a deal' }));
const dealFields = () => screen.findByLabelText(/^Deal Name/);

const READS: ReadRow[] = [
  { call: 'getLead', operation: 'getLead', scenario: 'kaizen-137', baseline: 1, ready: contactGroup, failure: /The lead could not be read/ },
  { call: 'getConversionOptions', operation: 'conversionOptions', scenario: 'kaizen-137', baseline: 1, ready: contactGroup, failure: /Something went wrong/ },
  // A lead without matches: Zoho answers 204 and the widget asks the modules whether Contacts exists.
  { call: 'getModules (after a 204)', operation: 'modules', scenario: 'bulk-300', leadId: bulkLeadId(0), baseline: 1, ready: contactGroup, failure: /Something went wrong/ },
  { call: 'getLayouts', operation: 'layouts', scenario: 'kaizen-137', baseline: 2, reveal: dealSwitch, ready: dealFields, failure: /The deal fields could not be loaded/ },
  { call: 'getPipelines', operation: 'pipelines', scenario: 'kaizen-137', baseline: 1, reveal: dealSwitch, ready: dealFields, failure: /The deal fields could not be loaded/ },
  { call: 'getContactRoles', operation: 'contactRoles', scenario: 'kaizen-137', baseline: 1, reveal: dealSwitch, ready: dealFields, failure: /The deal fields could not be loaded/ },
  { call: 'getActiveUsers', operation: 'users', scenario: 'kaizen-137', baseline: 1, ready: () => screen.findByLabelText('Owner of the new records'), failure: /The list of users could not be loaded/ },
  // The rep's own record only picks the language: an unreadable one means English, and the flow goes on.
  { call: 'getCurrentUser', operation: 'currentUser', scenario: 'kaizen-137', baseline: 1, ready: contactGroup, failure: null },
  // The org only adds the currency symbol: its failure is not worth interrupting the rep.
  { call: 'getOrg', operation: 'org', scenario: 'kaizen-137', baseline: 1, ready: contactGroup, failure: null },
];

const count = (crm: { log: readonly { operation: string }[] }, operation: string) => crm.log.filter((entry) => entry.operation === operation).length;

beforeAll(warmSingleFlowChunks, 30_000);
afterEach(() => void vi.useRealTimers());

describe('single flow: every read × every fault (reads retried twice with backoff, never on an unreadable answer)', () => {
  const cells = READS.flatMap((row) => MATRIX_FAULTS.map((fault) => [row.call, fault, row, fault] as const));

  it.each(cells)('%s × %s', async (_name, _fault, row, fault: MatrixFault) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const pageLoad = row.leadId ? { Entity: 'Leads', EntityId: [row.leadId], ButtonPosition: 'DetailView' } : undefined;
    const { crm, user } = await renderWidget({
      scenario: row.scenario,
      productionRetries: true,
      pageLoad,
      faults: [{ kind: fault, operation: row.operation }],
    });
    await vi.advanceTimersByTimeAsync(LONGER_THAN_ANY_DEADLINE_MS);
    await row.reveal?.(user);

    if (TRANSIENT.has(fault) || fault === 'slow') {
      // Retried by itself (or merely late): the rep sees the screen, never an error.
      await row.ready();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(count(crm, row.operation)).toBe(row.baseline + (fault === 'slow' ? 0 : 1));
      return;
    }
    // An unreadable answer comes back the same on an automatic retry: the rep is told, and decides.
    expect(count(crm, row.operation)).toBe(row.baseline);
    if (row.failure === null) {
      await row.ready();
      expect(screen.queryByRole('alert')).toBeNull();
      return;
    }
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(row.failure);
    expect(alert).toHaveTextContent('Zoho CRM sent an answer Lead Convert does not understand.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await row.ready();
    expect(count(crm, row.operation)).toBe(row.baseline + 1);
  });
});

describe('single flow: convert × every fault (never resent without reading the lead; a 429 is resent after a pause)', () => {
  const converted = (crm: Awaited<ReturnType<typeof renderWidget>>['crm']) => crm.snapshot().leads.filter((lead) => lead.$converted === true && lead.id === crm.scenario.featuredLeadId);
  const converts = (crm: Awaited<ReturnType<typeof renderWidget>>['crm']) => crm.log.filter((entry) => entry.operation === 'convert');

  /** The first answer committed the conversion (or will, late): the rep sees the result, from one request. */
  const COMMITTED: ReadonlySet<MatrixFault> = new Set(['malformed-body', 'empty-body', 'lost-after-commit', 'slow']);

  it.each(MATRIX_FAULTS)('convertLead × %s', async (fault) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', productionRetries: true, faults: [{ kind: fault, operation: 'convert' }] });
    await contactGroup();
    await reviewAndConvert(user);
    await vi.advanceTimersByTimeAsync(LONGER_THAN_ANY_DEADLINE_MS);

    if (COMMITTED.has(fault) || fault === 'rate-limit') {
      expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
      expect(converts(crm).map((entry) => entry.fault)).toEqual(fault === 'rate-limit' ? ['rate-limit', undefined] : [fault]);
      expect(converted(crm)).toHaveLength(1);
      return;
    }
    // Timeout or 500: the lead was read again and is not converted; the rep is told so and may try again.
    expect(await screen.findByText('The conversion did not go through; nothing was changed. Try again.')).toBeInTheDocument();
    expect(converts(crm)).toHaveLength(1);
    expect(converted(crm)).toHaveLength(0);
    const readsBefore = count(crm, 'getLead');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    // The retry read the lead first, then sent the one convert that committed.
    expect(count(crm, 'getLead')).toBe(readsBefore + 1);
    expect(converts(crm)).toHaveLength(2);
    expect(converted(crm)).toHaveLength(1);
  });
});

describe('single flow: the reconcile re-read × every fault (after a convert whose answer was lost)', () => {
  it.each(MATRIX_FAULTS)('getLead (reconcile) × %s', async (fault) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', productionRetries: true, faults: [{ kind: 'lost-after-commit', operation: 'convert' }] });
    await contactGroup();
    // The boot read is done: this fault hits the re-read that follows the lost convert.
    crm.addFault({ kind: fault, operation: 'getLead' });
    await reviewAndConvert(user);
    await vi.advanceTimersByTimeAsync(LONGER_THAN_ANY_DEADLINE_MS);
    const converts = () => crm.log.filter((entry) => entry.operation === 'convert');

    if (fault === 'malformed-body' || fault === 'empty-body') {
      // The lead could not be read: the rep is told the conversion may have happened; Try again reads first.
      expect(await screen.findByText(/the conversion may or may not have happened/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Try again' }));
    }
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(converts()).toHaveLength(1);
  });
});
