import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { SimulatedNetworkError } from '../../../app/host/simulator/sim-http';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import type { FaultKind } from '../../../app/host/simulator/simulated-crm-types';
import { call, convert, manualClock } from './sim-test-utils';

const I = SHOWCASE_IDS;
const TOO_MANY = { code: 'TOO_MANY_REQUESTS', details: {}, status: 'error' };
const getLead = (crm: ReturnType<typeof createSimulatedCrm>, id: string = I.patBoyle) => call(crm, 'GET', `/crm/v7/Leads/${id}`);

afterEach(() => {
  vi.useRealTimers();
});

describe('metering', () => {
  it('charges 5 credits per convert and 1 per other call', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    await getLead(crm);
    await call(crm, 'GET', `/crm/v7/Leads/${I.patBoyle}/__conversion_options`);
    await convert(crm, I.noMatches);
    expect(crm.creditsUsed).toBe(7);
    expect(crm.log.map((e) => e.credits)).toEqual([1, 1, 5]);
  });

  it('answers 429 once the daily credits are spent, and credits roll off after 24 h', async () => {
    const clock = manualClock();
    const crm = createSimulatedCrm({ scenario: 'showcase', clock });
    crm.setLimits({ dailyCredits: 6 });
    expect((await convert(crm, I.noMatches)).status).toBe(200);
    expect(await convert(crm, I.noCompany)).toMatchObject({ status: 429, body: TOO_MANY });
    expect((await getLead(crm)).status).toBe(200);
    expect(crm.snapshot().leads.find((l) => l.id === I.noCompany)?.$converted).toBe(false);
    clock.advance(24 * 60 * 60 * 1000 + 1);
    expect(crm.creditsUsed).toBe(0);
    expect((await convert(crm, I.noCompany)).status).toBe(200);
  });

  it('answers 429 past the concurrency limit (latency keeps requests in flight)', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase', latencyMs: 20 });
    crm.setLimits({ concurrency: 3 });
    const responses = await Promise.all(Array.from({ length: 5 }, () => getLead(crm)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    expect(responses[3]?.body).toMatchObject(TOO_MANY);
    expect((await getLead(crm)).status).toBe(200);
  });

  it('answers 429 past the convert sub-concurrency', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase', latencyMs: 10 });
    expect(crm.limits).toEqual({ concurrency: 10, convertConcurrency: 5, dailyCredits: 50000 });
    crm.setLimits({ convertConcurrency: 1 });
    const [first, second, read] = await Promise.all([convert(crm, I.noMatches), convert(crm, I.noCompany), getLead(crm)]);
    expect([first.status, second.status, read.status]).toEqual([200, 429, 200]);
  });
});

describe('faults', () => {
  it.each<{ kind: FaultKind; status: number | undefined; committed: boolean; outcome: string }>([
    { kind: 'rate-limit', status: 429, committed: false, outcome: 'answered' },
    { kind: 'server-error', status: 500, committed: false, outcome: 'answered' },
    { kind: 'malformed-body', status: 200, committed: true, outcome: 'answered' },
    { kind: 'empty-body', status: 200, committed: true, outcome: 'answered' },
    { kind: 'slow', status: 200, committed: true, outcome: 'answered' },
  ])('$kind on convert', async ({ kind, status, committed, outcome }) => {
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    crm.addFault({ kind, operation: 'convert', recordId: I.noMatches, delayMs: 5 });
    const response = await convert(crm, I.noMatches);
    expect(response.status).toBe(status);
    if (kind === 'malformed-body') expect(typeof response.body).toBe('string');
    if (kind === 'malformed-body') expect(() => JSON.parse(response.body as string)).toThrow();
    if (kind === 'empty-body') expect(response.body).toBeUndefined();
    if (kind === 'rate-limit') expect(response.body).toMatchObject(TOO_MANY);
    if (kind === 'server-error') expect(response.body).toEqual({ code: 'INTERNAL_ERROR', details: {}, message: 'Internal Server Error', status: 'error' });
    expect(crm.snapshot().leads.find((l) => l.id === I.noMatches)?.$converted).toBe(committed);
    expect(crm.log[0]).toMatchObject({ fault: kind, status, outcome });
    // used up: the next identical request is clean
    expect((await convert(crm, I.noCompany)).status).toBe(200);
  });

  it.each([
    { kind: 'lost-before-commit' as const, committed: false },
    { kind: 'lost-after-commit' as const, committed: true },
  ])('$kind rejects with SimulatedNetworkError(committed=$committed)', async ({ kind, committed }) => {
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    crm.addFault({ kind, operation: 'convert' });
    const error = await convert(crm, I.noMatches).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulatedNetworkError);
    expect((error as SimulatedNetworkError).committed).toBe(committed);
    expect(crm.snapshot().leads.find((l) => l.id === I.noMatches)?.$converted).toBe(committed);
    expect(crm.log[0]).toMatchObject({ status: undefined, outcome: 'lost', fault: kind, credits: committed ? 5 : 0 });
  });

  it('never-answers leaves the promise pending and logs the request as hung', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    crm.addFault({ kind: 'never-answers', operation: 'getLead' });
    let settled = false;
    void getLead(crm).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(crm.log[0]).toMatchObject({ outcome: 'hung', status: undefined, fault: 'never-answers' });
    expect((await getLead(crm)).status).toBe(200);
  });

  it('honours operation, recordId, times and probability; clearFaults disarms', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase', random: () => 0.5 });
    crm.addFault({ kind: 'server-error', operation: 'getLead', recordId: I.noMatches, times: 2 });
    crm.addFault({ kind: 'rate-limit', operation: 'org', probability: 0.4 });
    const statuses = [
      (await getLead(crm, I.patBoyle)).status,
      (await getLead(crm, I.noMatches)).status,
      (await getLead(crm, I.noMatches)).status,
      (await getLead(crm, I.noMatches)).status,
      (await call(crm, 'GET', '/crm/v7/org')).status,
    ];
    expect(statuses).toEqual([200, 500, 500, 200, 200]);
    crm.addFault({ kind: 'server-error', times: Infinity });
    expect((await call(crm, 'GET', '/crm/v7/org')).status).toBe(500);
    crm.clearFaults();
    expect((await call(crm, 'GET', '/crm/v7/org')).status).toBe(200);
  });

  it('latency delays every answer by the configured time', async () => {
    vi.useFakeTimers();
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    crm.setLatency(300);
    let done = false;
    void getLead(crm).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});

describe('request log', () => {
  it('records every request with operation, params, body, status and credits; clearLog empties it', async () => {
    const clock = manualClock(1000);
    const crm = createSimulatedCrm({ scenario: 'showcase', clock });
    await call(crm, 'GET', '/crm/v7/users', { params: { type: 'ActiveUsers' } });
    await convert(crm, I.noMatches, { overwrite: true });
    await call(crm, 'GET', '/crm/v7/nowhere');
    expect(crm.log).toEqual([
      { seq: 1, at: 1000, answeredAt: 1000, operation: 'users', method: 'GET', path: '/crm/v7/users', params: { type: 'ActiveUsers' }, body: undefined, status: 200, outcome: 'answered', fault: undefined, credits: 1 },
      { seq: 2, at: 1000, answeredAt: 1000, operation: 'convert', method: 'POST', path: `/crm/v7/Leads/${I.noMatches}/actions/convert`, params: {}, body: { data: [{ overwrite: true }] }, status: 200, outcome: 'answered', fault: undefined, credits: 5 },
      { seq: 3, at: 1000, answeredAt: 1000, operation: 'unknown', method: 'GET', path: '/crm/v7/nowhere', params: {}, body: undefined, status: 404, outcome: 'answered', fault: undefined, credits: 0 },
    ]);
    crm.clearLog();
    expect(crm.log).toEqual([]);
  });

  it('stamps when the answer was ready: after the latency, and never for an answer that was lost or never sent', async () => {
    vi.useFakeTimers({ now: 5000 });
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    crm.setLatency(250);
    crm.addFault({ kind: 'lost-before-commit', operation: 'org' });
    crm.addFault({ kind: 'never-answers', operation: 'users' });
    const answered = getLead(crm);
    const lost = call(crm, 'GET', '/crm/v7/org').catch(() => 'lost');
    void call(crm, 'GET', '/crm/v7/users', { params: { type: 'ActiveUsers' } });
    await vi.advanceTimersByTimeAsync(250);
    expect((await answered).status).toBe(200);
    expect(await lost).toBe('lost');
    expect(crm.log.map(({ operation, at, answeredAt, outcome }) => ({ operation, at, answeredAt, outcome }))).toEqual([
      { operation: 'getLead', at: 5000, answeredAt: 5250, outcome: 'answered' },
      { operation: 'org', at: 5000, answeredAt: undefined, outcome: 'lost' },
      { operation: 'users', at: 5000, answeredAt: undefined, outcome: 'hung' },
    ]);
  });
});
