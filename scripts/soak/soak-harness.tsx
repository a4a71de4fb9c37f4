// The soak: many single-lead conversions in a row, each through the real widget (App, production QueryClient and
// deadlines, the Zoho adapter over the stand-in SDK) against ONE simulated CRM, with seeded random faults on
// every call kind. A scripted rep clicks what a rep would (Review, Convert, Try again) until the widget shows a
// result or gives up with an error. Runs under Vitest (jsdom, fake timers): tests/integration/reliability/soak.test.tsx
// runs it small in `npm test`; `npm run soak` (scripts/soak/run-soak.mjs) runs 200.
import type { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../app/app';
import { createQueryClient } from '../../app/query-client';
import { startReads } from '../../app/screens/start-reads';
import { connectZohoHost, resetZohoConnectionForTests } from '../../app/host/zoho/connect-zoho-host';
import { seededRandom } from '../../app/host/simulator/http/answer-with-fault';
import { BULK_LEAD_COUNT, bulkKind, bulkLeadId } from '../../app/host/simulator/scenarios/bulk-300';
import { createSimulatedCrm } from '../../app/host/simulator/simulated-crm';
import type { SimOperation } from '../../app/host/simulator/sim-http';
import type { FaultKind, RequestLogEntry } from '../../app/host/simulator/simulated-crm-types';
import { createInProcessBackend } from '../../app/host/simulator/stand-in-sdk/in-process-backend';
import { installStandInSdk } from '../../app/host/simulator/stand-in-sdk/install-stand-in-sdk';

export type SoakOptions = {
  iterations: number;
  seed: number;
  /** Chance that a given call kind carries a fault in one conversion. */
  faultRate: number;
};

export type SoakFigures = {
  seed: number;
  faultRate: number;
  attempted: number;
  /** The widget showed "Lead converted" and the CRM agrees. */
  succeeded: number;
  /** The widget ended on an error the rep can read, and the lead is still an unconverted lead in CRM. */
  failedWithClearError: number;
  /** Leads that more than one executed convert request reached (must be 0). */
  doubleConversions: number;
  /** Convert requests sent for a lead that was already converted (a blind resend; must be 0). */
  resendsAfterCommit: number;
  /** Widget and CRM disagree, or the widget ended neither converted nor with an error (must be 0). */
  lostLeads: number;
  lost: { leadId: string; widget: string; crmConverted: boolean; screen: string; calls: string[] }[];
  faultsByKind: Record<string, number>;
  faultsByCall: Record<string, number>;
  requests: number;
  convertRequests: number;
  wallMs: number;
};

const FAULT_KINDS: FaultKind[] = ['never-answers', 'rate-limit', 'server-error', 'malformed-body', 'empty-body', 'lost-after-commit', 'lost-before-commit', 'slow'];
/** Every call the single flow makes (modules only after a 204, which the clean bulk leads produce). */
const CALLS: SimOperation[] = ['getLead', 'conversionOptions', 'modules', 'layouts', 'pipelines', 'contactRoles', 'users', 'org', 'convert'];
/** Long enough for every deadline (45 s), the read backoff and the 429 pauses to pass. */
const SETTLE_MS = 60_000;
const MAX_REP_ACTIONS = 12;
/** Minutes of simulated time the widget may spend with nothing to click before it counts as hung. */
const MAX_IDLE_ROUNDS = 3;
/**
 * Real milliseconds an idle round also waits: the widget's lazy chunks are dynamic imports that Vitest
 * transforms and loads in real time, which no amount of fake time advances (a fresh run found the page still
 * waiting for its chunk and counted it stuck).
 */
const REAL_WAIT_MS = 250;
const realSetTimeout = globalThis.setTimeout;
const realPause = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

type WidgetEnd = 'converted' | 'error' | 'stuck';
type Ending = { end: WidgetEnd; screen: string };

export async function runSoak(options: SoakOptions): Promise<SoakFigures> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const crm = createSimulatedCrm({ scenario: 'bulk-300', random: seededRandom(options.seed + 1) });
  const leads = Array.from({ length: BULK_LEAD_COUNT }, (_, i) => i).filter((i) => bulkKind(i) === 'clean').map(bulkLeadId);
  if (options.iterations > leads.length) throw new Error(`at most ${leads.length} iterations (clean leads of bulk-300)`);
  const ends = new Map<string, Ending>();

  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    for (const leadId of leads.slice(0, options.iterations)) {
      crm.clearFaults();
      for (const call of CALLS) {
        if (random() >= options.faultRate) continue;
        const kind = FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)]!;
        // Up to 3 hits, each request of the kind drawing whether it is hit: a fault lands on the boot read as
        // often as on the re-read after a lost convert, or on the convert sent after Try again.
        crm.addFault({ kind, operation: call, times: 1 + Math.floor(random() * 3), probability: 0.6 });
      }
      ends.set(leadId, await convertOne(crm, leadId));
    }
  } finally {
    crm.clearFaults();
    vi.useRealTimers();
  }
  return figures(options, crm.log, crm.snapshot().leads, ends, performance.now() - started);
}

async function convertOne(crm: ReturnType<typeof createSimulatedCrm>, leadId: string): Promise<Ending> {
  resetZohoConnectionForTests();
  const sdk = installStandInSdk(createInProcessBackend(crm, { pageLoad: { Entity: 'Leads', EntityId: [leadId], ButtonPosition: 'DetailView' } }));
  try {
    const { host, page } = await connectZohoHost({ pageLoadTimeoutMs: 2000 });
    const queryClient: QueryClient = createQueryClient();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    // As main.tsx does: the reads go out before the first render.
    startReads(queryClient, host, page);
    render(<App host={host} page={page} queryClient={queryClient} />);
    let idle = 0;
    for (let action = 0; action < MAX_REP_ACTIONS && idle < MAX_IDLE_ROUNDS; ) {
      await act(() => vi.advanceTimersByTimeAsync(SETTLE_MS));
      if (screen.queryByRole('heading', { name: /Lead converted/ })) return ending('converted');
      const next =
        screen.queryAllByRole('button', { name: 'Try again' }).find((button) => !(button as HTMLButtonElement).disabled) ??
        enabled(screen.queryByRole('button', { name: 'Convert' })) ??
        enabled(screen.queryByRole('button', { name: 'Review' }));
      // Nothing to click: the widget is still waiting (e.g. three reads in a row that never answer: 3 × 20 s).
      if (!next) {
        idle += 1;
        await realPause(REAL_WAIT_MS);
        continue;
      }
      idle = 0;
      action += 1;
      await user.click(next);
    }
    if (screen.queryByRole('heading', { name: /Lead converted/ })) return ending('converted');
    return ending(screen.queryByRole('alert') ? 'error' : 'stuck');
  } finally {
    cleanup();
    sdk.uninstall();
  }
}

/** What the rep is left with; the screen's text is kept for the report when something went wrong. */
function ending(end: WidgetEnd): Ending {
  return { end, screen: end === 'converted' ? '' : (document.body.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400) };
}

function enabled(button: HTMLElement | null): HTMLElement | undefined {
  return button && !(button as HTMLButtonElement).disabled ? button : undefined;
}

/** A convert request that reached CRM's data: answered 2xx (whatever the body) or lost after the commit. */
function executed(entry: RequestLogEntry): boolean {
  return entry.fault === 'lost-after-commit' || (entry.status !== undefined && entry.status < 300);
}

function figures(options: SoakOptions, log: readonly RequestLogEntry[], leads: { id: string; $converted?: unknown }[], ends: Map<string, Ending>, wallMs: number): SoakFigures {
  const converts = log.filter((entry) => entry.operation === 'convert');
  const leadOf = (entry: RequestLogEntry) => entry.path.split('/')[4] ?? '';
  let doubleConversions = 0;
  let resendsAfterCommit = 0;
  for (const leadId of ends.keys()) {
    const mine = converts.filter((entry) => leadOf(entry) === leadId);
    const firstCommit = mine.findIndex(executed);
    if (mine.filter(executed).length > 1) doubleConversions += 1;
    if (firstCommit >= 0) resendsAfterCommit += mine.length - firstCommit - 1;
  }
  const lost: SoakFigures['lost'] = [];
  let succeeded = 0;
  let failedWithClearError = 0;
  for (const [leadId, { end, screen: text }] of ends) {
    const crmConverted = leads.find((lead) => lead.id === leadId)?.$converted === true;
    if (end === 'converted' && crmConverted) succeeded += 1;
    else if (end === 'error' && !crmConverted) failedWithClearError += 1;
    else lost.push({ leadId, widget: end, crmConverted, screen: text, calls: callsOf(log, leadId) });
  }
  const count = (key: (entry: RequestLogEntry) => string) =>
    log.filter((entry) => entry.fault !== undefined).reduce<Record<string, number>>((sums, entry) => ({ ...sums, [key(entry)]: (sums[key(entry)] ?? 0) + 1 }), {});
  return {
    seed: options.seed,
    faultRate: options.faultRate,
    attempted: ends.size,
    succeeded,
    failedWithClearError,
    doubleConversions,
    resendsAfterCommit,
    lostLeads: lost.length,
    lost,
    faultsByKind: count((entry) => entry.fault ?? ''),
    faultsByCall: count((entry) => entry.operation),
    requests: log.length,
    convertRequests: converts.length,
    wallMs: Math.round(wallMs),
  };
}

/** The calls made while this lead's widget was open, with their fault (for the report of a lost lead). */
function callsOf(log: readonly RequestLogEntry[], leadId: string): string[] {
  const first = log.findIndex((entry) => entry.path.includes(leadId));
  const next = log.findIndex((entry, index) => index > first && entry.operation === 'getLead' && !entry.path.includes(leadId));
  return log.slice(first, next < 0 ? undefined : next).map((entry) => `${entry.operation} ${entry.status ?? entry.outcome}${entry.fault ? ` [${entry.fault}]` : ''}`);
}
