// Turns what the widget hands the SDK (a relative "/crm/v7/…?a=b" path or an absolute zohoapis URL)
// into the simulator's request shape.
import type { SimMethod, SimRequest } from '../sim-http';

const METHODS: readonly SimMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function toSimRequest(method: string | undefined, pathOrUrl: string, extraParams: unknown, body: unknown): SimRequest {
  const url = new URL(pathOrUrl, 'https://crm.stand-in.invalid');
  const params: Record<string, string> = {};
  url.searchParams.forEach((value, key) => {
    params[key] = value;
  });
  if (typeof extraParams === 'object' && extraParams !== null) {
    for (const [key, value] of Object.entries(extraParams)) {
      if (value !== undefined && value !== null) params[key] = Array.isArray(value) ? value.join(',') : String(value);
    }
  }
  const upper = (method ?? 'GET').toUpperCase();
  const simMethod = METHODS.find((known) => known === upper) ?? 'GET';
  const request: SimRequest = { method: simMethod, path: decodeURIComponent(url.pathname), params };
  if (simMethod !== 'GET' && simMethod !== 'DELETE' && body !== undefined) request.body = parseJson(body);
  return request;
}

/** The real SDK stringifies bodies; a string that is JSON is taken as the JSON it holds. */
export function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
