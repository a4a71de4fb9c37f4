// The two rejection forms zoho-widget-sdk.md §3.9 documents for zrc; which one the real CDN build uses is
// unknown, so the stand-in can produce either and the adapter must accept both.
import type { StandInOptions, ZrcResponse } from './stand-in-types';

type ErrorForm = NonNullable<StandInOptions['errorForm']>;
type RequestInfo = { method: string; url: string };

/** HTTP status ≥ 300. */
export function httpError(form: ErrorForm, request: RequestInfo, response: ZrcResponse): unknown {
  const message = `Request failed with status code ${response.status}`;
  if (form === 'raw') {
    return { error: named(message, 'API_ERROR'), request, response };
  }
  return Object.assign(named(message, 'ApiError'), { status: response.status, details: response.data });
}

/** No HTTP answer at all (lost response, unreachable host). */
export function networkError(form: ErrorForm, request: RequestInfo, cause: unknown): unknown {
  const message = `Network Error: ${cause instanceof Error ? cause.message : String(cause)}`;
  if (form === 'raw') return { error: named(message, 'API_ERROR'), request, response: undefined };
  return Object.assign(named(message, 'ApiError'), { details: { cause: message } });
}

function named(message: string, name: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}
