import { CrmError, isCrmError } from '../../api/crm-error';
import { timeoutError, withDeadline } from './deadline';
import { describeFailure } from './describe-failure';
import { errorFromResponse } from './zoho-error';
import type { TransportRequest, ZohoTransport } from './transport';

export type Timeouts = { readMs: number; writeMs: number; uiMs: number };
export const DEFAULT_TIMEOUTS: Timeouts = { readMs: 20_000, writeMs: 45_000, uiMs: 10_000 };

export type Call = {
  operation: string;
  request: TransportRequest;
  /** False for convert and mass convert: a lost answer may hide a committed change. */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
};

/** Sends one call; resolves with the success body (undefined for 204) or rejects with a CrmError. */
export type SendRequest = (call: Call) => Promise<unknown>;

export function createSendRequest(transport: ZohoTransport, timeouts: Timeouts): SendRequest {
  return async ({ operation, request, idempotent, signal }) => {
    const ms = idempotent ? timeouts.readMs : timeouts.writeMs;
    const mayHaveExecuted = !idempotent;
    let response;
    try {
      response = await withDeadline(
        Promise.resolve().then(() => transport.request(request)),
        ms,
        () => timeoutError(operation, ms, mayHaveExecuted),
        signal,
      );
    } catch (error) {
      if (isCrmError(error) || signal?.aborted) throw error;
      throw new CrmError({
        kind: 'network',
        operation,
        message: `No answer from Zoho CRM for ${operation}: ${describeFailure(error)}`,
        mayHaveExecuted,
      });
    }
    const failure = errorFromResponse(response, { operation, idempotent });
    if (failure) throw failure;
    if (response.status === 204) return undefined;
    if (response.body === undefined) {
      throw new CrmError({
        kind: 'malformed',
        operation,
        httpStatus: response.status,
        message: `Zoho answered ${operation} with HTTP ${response.status} and an empty body`,
        // A 2xx to a convert means Zoho did it, even when the body that would say so is missing.
        mayHaveExecuted,
      });
    }
    return response.body;
  };
}
