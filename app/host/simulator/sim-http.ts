// The wire contract of the simulated Zoho CRM: REST requests in, Zoho-shaped JSON out.
// The stand-in SDK, the demo page and the tests all talk to the simulator through this.

export type SimMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type SimRequest = {
  method: SimMethod;
  /** Relative CRM path without query string, e.g. "/crm/v7/Leads/4876876000007400001". */
  path: string;
  /** Query parameters, already decoded. */
  params?: Record<string, string> | undefined;
  /** Parsed JSON body (POST/PUT/PATCH). */
  body?: unknown;
};

export type SimResponse = {
  status: number;
  /** Parsed JSON, or undefined for an empty body (204), or a string for a deliberately malformed body. */
  body: unknown;
  headers: Record<string, string>;
};

/** Which documented operation a request is; fault rules and the request log use these names. */
export type SimOperation =
  | 'getLead'
  | 'getLeads'
  | 'conversionOptions'
  | 'convert'
  | 'massConvert'
  | 'massConvertStatus'
  | 'layouts'
  | 'layout'
  | 'pipelines'
  | 'contactRoles'
  | 'users'
  /** GET /users?type=CurrentUser: same endpoint, its own operation so logs and faults can tell it apart. */
  | 'currentUser'
  | 'org'
  | 'modules'
  | 'getRecord'
  | 'searchRecords'
  | 'updateRecord'
  | 'addNote'
  | 'unknown';

/**
 * Thrown (as a rejection of handle()) when the simulated network loses the answer.
 * `committed` tells tests whether the CRM applied the request before the answer was lost.
 */
export class SimulatedNetworkError extends Error {
  readonly committed: boolean;
  constructor(message: string, committed: boolean) {
    super(message);
    this.name = 'SimulatedNetworkError';
    this.committed = committed;
  }
}
