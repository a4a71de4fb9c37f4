// One error type for everything that can go wrong between the widget and Zoho.
// Built only at the host edge; screens branch on `kind`, `code` and `mayHaveExecuted`.

export type CrmErrorKind =
  | 'zoho' // Zoho answered with an error body (root-level or inside data[])
  | 'rate-limited' // HTTP 429 / TOO_MANY_REQUESTS: not executed, safe to retry after a pause
  | 'timeout' // no answer within our deadline (the SDK has none of its own)
  | 'network' // the transport failed without an HTTP answer (lost response, host unreachable)
  | 'malformed' // an answer arrived but its shape is not what the API documents
  | 'invalid-input'; // refused before sending (e.g. a record id that is not a digit string)

export type CrmErrorInit = {
  kind: CrmErrorKind;
  message: string;
  code?: string | undefined;
  httpStatus?: number | undefined;
  details?: Record<string, unknown> | undefined;
  /** True when the request may have changed data in CRM although we got no success answer. */
  mayHaveExecuted: boolean;
  /** Which port operation failed, e.g. "convertLead". */
  operation?: string | undefined;
};

export class CrmError extends Error {
  readonly kind: CrmErrorKind;
  readonly code: string | undefined;
  readonly httpStatus: number | undefined;
  readonly details: Record<string, unknown>;
  readonly mayHaveExecuted: boolean;
  readonly operation: string | undefined;

  constructor(init: CrmErrorInit) {
    super(init.message);
    this.name = 'CrmError';
    this.kind = init.kind;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.details = init.details ?? {};
    this.mayHaveExecuted = init.mayHaveExecuted;
    this.operation = init.operation;
  }
}

export function isCrmError(value: unknown): value is CrmError {
  return value instanceof CrmError;
}
