// Zoho's two error envelopes (§1.3) and the plain answers every handler builds on.
import type { SimResponse } from '../sim-http';

export type ZohoError = { code: string; details: Record<string, unknown>; message: string; status: 'error' };

export function zohoError(code: string, message: string, details: Record<string, unknown> = {}): ZohoError {
  return { code, details, message, status: 'error' };
}

export function json(status: number, body: unknown): SimResponse {
  return { status, body, headers: { 'content-type': 'application/json;charset=UTF-8' } };
}

export function noContent(): SimResponse {
  return { status: 204, body: undefined, headers: {} };
}

/** Request-level error: the error object is the whole body. */
export function rootError(status: number, code: string, message: string, details: Record<string, unknown> = {}): SimResponse {
  return json(status, zohoError(code, message, details));
}

/** Body-level validation error: the error object sits in data[]. */
export function itemError(status: number, error: ZohoError): SimResponse {
  return json(status, { data: [error] });
}

export const invalidUrlPattern = (): SimResponse =>
  rootError(404, 'INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one');

// D7-convert documents 400 for this code, although §1.4 lists 405 as "method not allowed".
export const invalidMethod = (): SimResponse =>
  rootError(400, 'INVALID_REQUEST_METHOD', 'The http request method type is not a valid one');

export const invalidModule = (): SimResponse =>
  rootError(400, 'INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });

export const internalError = (): SimResponse => rootError(500, 'INTERNAL_ERROR', 'Internal Server Error');

export const tooManyRequests = (reason: string): SimResponse => rootError(429, 'TOO_MANY_REQUESTS', reason);
