// The one seam between the CrmHost implementation and whatever carries requests to Zoho (zrc or a connection).

export type TransportRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative CRM path, e.g. "/crm/v7/Leads/123/__conversion_options" (no query string). */
  path: string;
  params?: Record<string, string> | undefined;
  body?: unknown;
};

/** `body` is parsed JSON, undefined for an empty body, or the raw string when it was not JSON. */
export type TransportResponse = { status: number; body: unknown };

/** Resolves for every HTTP answer, whatever its status; rejects only when no HTTP answer arrived. */
export type ZohoTransport = { request(request: TransportRequest): Promise<TransportResponse> };

/** An empty answer or a JSON text both become what Zoho meant; anything else stays a string for the parser to refuse. */
export function decodeBody(data: unknown): unknown {
  if (data === undefined || data === null || data === '') return undefined;
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}
