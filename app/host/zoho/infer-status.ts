import { asArray, asObject, readString } from './read-json';

// [INFERRED] CONNECTION.invoke never exposes the upstream HTTP status, so it is rebuilt from the body:
// what matters downstream is 204 vs 2xx vs 4xx vs 429 vs 5xx, which the body's error code tells.
const STATUS_BY_CODE = new Map<string, number>(Object.entries({
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
  INTERNAL_SERVER_ERROR: 500,
  OAUTH_SCOPE_MISMATCH: 401,
  INVALID_TOKEN: 401,
  AUTHENTICATION_FAILURE: 401,
  NO_PERMISSION: 403,
  INVALID_URL_PATTERN: 404,
}));

export function inferHttpStatus(body: unknown): number {
  if (body === undefined) return 204;
  const root = asObject(body);
  if (root?.status === 'error') return statusOf(root.code);
  const first = asObject(asArray(root?.data)[0]);
  if (first?.status === 'error') return statusOf(first.code);
  if (first?.code === 'SCHEDULED' || root?.code === 'SCHEDULED') return 202;
  return 200;
}

// A Map, not an object literal: a code such as "__proto__" or "toString" must not find Object.prototype's members.
function statusOf(code: unknown): number {
  return STATUS_BY_CODE.get(readString(code) ?? '') ?? 400;
}
