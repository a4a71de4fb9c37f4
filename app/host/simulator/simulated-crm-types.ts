// The control surface of the simulated CRM, used by the stand-in SDK, the demo page, tests and the bench.
import type { SimOperation, SimRequest, SimResponse } from './sim-http';

export type FaultKind =
  | 'rate-limit' // 429 TOO_MANY_REQUESTS, nothing executed
  | 'server-error' // 500 INTERNAL_ERROR, nothing executed
  | 'lost-before-commit' // the request never reached CRM: rejects with SimulatedNetworkError(committed=false)
  | 'lost-after-commit' // CRM applied it, the answer is lost: rejects with SimulatedNetworkError(committed=true)
  | 'never-answers' // the promise never settles (nothing executed)
  | 'malformed-body' // 200 with a body that is not the documented shape (a truncated JSON string)
  | 'empty-body' // 200 with an empty body
  | 'slow'; // answers normally after delayMs (default 5000)

export type FaultRule = {
  kind: FaultKind;
  /** Only requests of this operation; any operation when absent. */
  operation?: SimOperation | undefined;
  /** Only requests about this record (lead id in the path, or a lead id inside a mass-convert body). */
  recordId?: string | undefined;
  /** How many matching requests it hits before it is used up; 1 when absent; Infinity for always. */
  times?: number | undefined;
  /** 0..1, drawn from the simulator's seeded random source; 1 when absent. */
  probability?: number | undefined;
  delayMs?: number | undefined;
};

export type RequestLogEntry = {
  seq: number;
  /** Milliseconds on the simulator's clock when the request arrived. */
  at: number;
  /** …and when its answer was ready to send (after the latency and the simulator's own work); unset if none. */
  answeredAt?: number | undefined;
  operation: SimOperation;
  method: SimRequest['method'];
  path: string;
  params: Record<string, string>;
  body: unknown;
  /** HTTP status answered; undefined when the answer was lost or never sent. */
  status: number | undefined;
  outcome: 'answered' | 'lost' | 'hung';
  fault: FaultKind | undefined;
  /** API credits this request cost. */
  credits: number;
};

/** A record as the simulated CRM stores it: Zoho API names as keys, ids as digit strings. */
export type SimRecord = { id: string } & Record<string, unknown>;

export type OrgSnapshot = {
  leads: SimRecord[];
  contacts: SimRecord[];
  accounts: SimRecord[];
  deals: SimRecord[];
  users: SimRecord[];
  /** Notes added through POST /{module}/{id}/Notes (Parent_Id names the record). */
  notes: SimRecord[];
};

export type ScenarioInfo = {
  name: string;
  title: string;
  description: string;
  /** The lead the demo opens first for this scenario. */
  featuredLeadId: string;
};

export type CrmLimits = {
  /** Simultaneous calls (per user per app); past it → 429. */
  concurrency: number;
  /** Simultaneous convert calls (lead-conversion sub-concurrency); past it → 429. */
  convertConcurrency: number;
  /** Credits per rolling day; past it → 429. */
  dailyCredits: number;
};

export type SimulatedCrm = {
  handle(request: SimRequest): Promise<SimResponse>;
  readonly log: readonly RequestLogEntry[];
  clearLog(): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Per-request latency in ms (0 = answer on the next tick). */
  setLatency(ms: number): void;
  readonly limits: CrmLimits;
  setLimits(limits: Partial<CrmLimits>): void;
  readonly creditsUsed: number;
  snapshot(): OrgSnapshot;
  readonly scenario: ScenarioInfo;
  reset(scenarioName?: string): void;
  /** Called after every change of the org's data (for the demo's panels). */
  subscribe(listener: () => void): () => void;
};
