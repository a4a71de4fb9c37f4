import { asObject, readNumber } from './read-json';
import { decodeBody, type TransportResponse } from './transport';

/**
 * zrc rejects for HTTP status ≥ 300, but the rejection comes in two documented forms:
 *   { name: 'ApiError' | 'API_ERROR', message, status, details?, response?: { status, data } }  (docs / SDK classes)
 *   { error, request, response: { status, data } }                                              (raw, SDK 1.5 source)
 * Returns the HTTP answer hidden in either, or null when there was none (network failure, no response).
 */
export function httpAnswerFromRejection(rejection: unknown): TransportResponse | null {
  const error = asObject(rejection);
  if (!error) return null;
  const response = asObject(error.response);
  const status = readNumber(response?.status) ?? readNumber(error.status);
  if (status === null || status < 100) return null;
  const data = response && 'data' in response ? response.data : error.details;
  return { status, body: decodeBody(data) };
}
