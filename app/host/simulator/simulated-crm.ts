// The simulated Zoho CRM: an in-memory org answering /crm/v7 REST calls with Zoho's shapes, plus the
// controls (faults, latency, limits, scenarios) the demo, the stand-in SDK and the tests use.
import { SimulatedNetworkError, type SimRequest, type SimResponse } from './sim-http';
import type { OrgSnapshot, ScenarioInfo, SimulatedCrm } from './simulated-crm-types';
import { bendAnswer, seededRandom, wait } from './http/answer-with-fault';
import { internalError, rootError, tooManyRequests } from './http/responses';
import { recordIdsOf, resolveRoute, type Route } from './http/routes';
import { dispatch } from './handlers/dispatch';
import { createMassConvertJobs, type MassConvertJobs } from './mass-convert/mass-convert-jobs';
import { convertOneLead } from './mass-convert/convert-one-lead';
import { createFaultBook } from './metering/fault-book';
import { createMetering, creditCost } from './metering/metering';
import { createRequestLog } from './metering/request-log';
import { createIdGenerator, type IdGenerator } from './org/id-generator';
import { allRecordIds, createOrgState } from './org/org-store';
import type { OrgFlags, OrgSeed, OrgState } from './org/org-types';
import { getScenario } from './scenarios/list-scenarios';

export type SimulatedCrmOptions = {
  scenario?: string;
  clock?: { now(): number };
  random?: () => number;
  latencyMs?: number;
  /** Ids handed out first to new records/jobs, so tests can reproduce documented responses. */
  nextIds?: string[];
  /** A custom org (tests); wins over `scenario`. */
  seed?: OrgSeed;
  /** The signed-in user's locale (e.g. "de_DE"), whatever the scenario seeds: the widget speaks its language. */
  userLocale?: string;
};

/** SimulatedCrm plus the org-wide switches scenarios use (permission, 202 convert, failing jobs, …). */
export type SimulatedCrmWithFlags = SimulatedCrm & {
  readonly flags: OrgFlags;
  setFlags(flags: Partial<OrgFlags>): void;
  /** Someone else changes a record in CRM meanwhile (e.g. locks the contact the rep chose). */
  editRecord(module: keyof Omit<OrgSnapshot, 'users'>, id: string, changes: Record<string, unknown>): void;
};

const CUSTOM_INFO: ScenarioInfo = { name: 'custom', title: 'Custom org', description: 'An org built by a test.', featuredLeadId: '' };

export function createSimulatedCrm(options: SimulatedCrmOptions = {}): SimulatedCrmWithFlags {
  const clock = options.clock ?? { now: () => Date.now() };
  const random = options.random ?? seededRandom(137);
  let latency = options.latencyMs ?? 0;
  const metering = createMetering();
  const faults = createFaultBook();
  const log = createRequestLog();
  const listeners = new Set<() => void>();
  let info: ScenarioInfo;
  let org: OrgState;
  let ids: IdGenerator;
  let jobs: MassConvertJobs;

  function load(name: string | undefined): void {
    const scenario = name === undefined && options.seed ? { info: CUSTOM_INFO, seed: () => options.seed! } : getScenario(name ?? 'showcase');
    info = scenario.info;
    org = createOrgState(scenario.seed());
    const currentUser = org.users.find((user) => user.id === org.currentUserId);
    if (options.userLocale && currentUser) currentUser.locale = options.userLocale;
    ids = createIdGenerator(options.nextIds ?? [], allRecordIds(org));
    jobs = createMassConvertJobs();
    metering.resetCredits();
  }
  load(options.seed ? undefined : (options.scenario ?? 'showcase'));

  const notify = () => listeners.forEach((listener) => listener());
  function advanceJobs(): void {
    if (jobs.advance(clock.now(), (leadId, template) => convertOneLead(org, ids, leadId, template))) notify();
  }

  function execute(route: Route, request: SimRequest, params: Record<string, string>): SimResponse {
    if (org.flags.oauthScopeMismatch) return rootError(401, 'OAUTH_SCOPE_MISMATCH', 'Unauthorized');
    if (route.error) return route.error;
    advanceJobs();
    return dispatch(route.operation, { org, ids, jobs, now: () => clock.now(), request, params, id: route.id, module: route.module, changed: notify });
  }

  async function handle(request: SimRequest): Promise<SimResponse> {
    const route = resolveRoute(request);
    const { operation } = route;
    const params = { ...request.params };
    const entry = log.start({ at: clock.now(), operation, method: request.method, path: request.path, params, body: structuredClone(request.body), status: undefined, outcome: 'answered', fault: undefined, credits: 0 });
    const fault = faults.take(operation, recordIdsOf(route, request), random);
    entry.fault = fault?.kind;
    const answer = (response: SimResponse) => {
      entry.status = response.status;
      entry.answeredAt = clock.now();
      return structuredClone(response);
    };
    // The client gives up on a hung call; the simulator does not keep its slot forever.
    if (fault?.kind === 'never-answers') {
      entry.outcome = 'hung';
      return new Promise<SimResponse>(() => {});
    }
    const refusal = metering.refusal(operation, clock.now());
    if (refusal) {
      await wait(latency);
      return answer(tooManyRequests(refusal));
    }
    metering.enter(operation);
    try {
      await wait(latency + (fault?.kind === 'slow' ? (fault.delayMs ?? 5000) : 0));
      if (fault?.kind === 'lost-before-commit') throw new SimulatedNetworkError('The request never reached the CRM', false);
      if (fault?.kind === 'rate-limit') return answer(tooManyRequests('Too many requests'));
      if (fault?.kind === 'server-error') return answer(internalError());
      const response = execute(route, request, params);
      entry.credits = route.error || response.status === 401 ? 0 : creditCost(operation);
      metering.charge(entry.credits, clock.now());
      return answer(bendAnswer(response, fault?.kind));
    } catch (error) {
      if (error instanceof SimulatedNetworkError) entry.outcome = 'lost';
      throw error;
    } finally {
      metering.leave(operation);
    }
  }

  return {
    handle,
    get log() {
      return log.entries;
    },
    clearLog: () => log.clear(),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setLatency(ms) {
      latency = ms;
    },
    get limits() {
      return metering.limits;
    },
    setLimits: (limits) => metering.setLimits(limits),
    get creditsUsed() {
      return metering.creditsUsed(clock.now());
    },
    snapshot(): OrgSnapshot {
      advanceJobs();
      return structuredClone({ leads: org.leads, contacts: org.contacts, accounts: org.accounts, deals: org.deals, users: org.users, notes: org.notes });
    },
    get scenario() {
      return info;
    },
    reset(name) {
      load(name ?? (options.seed && info === CUSTOM_INFO ? undefined : info.name));
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get flags() {
      return { ...org.flags };
    },
    setFlags(flags) {
      org.flags = { ...org.flags, ...flags };
    },
    editRecord(module, id, changes) {
      const record = org[module].find((candidate) => candidate.id === id);
      if (!record) throw new Error(`no ${module} record ${id} in the simulated org`);
      Object.assign(record, structuredClone(changes));
      notify();
    },
  };
}
