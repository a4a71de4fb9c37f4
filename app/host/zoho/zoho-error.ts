import { CrmError } from '../../api/crm-error';
import { asArray, asObject, readString, type JsonObject } from './read-json';
import type { TransportResponse } from './transport';

export type CallContext = { operation: string; idempotent: boolean };

/**
 * The CrmError a response stands for, or null when it is a success.
 * Zoho reports errors at the root ({code,message,status:'error',details}) or per item (data[i]),
 * and per item even with HTTP 200/202, so the body decides, not only the status.
 */
export function errorFromResponse(response: TransportResponse, context: CallContext): CrmError | null {
  const root = asObject(response.body);
  const item = asObject(asArray(root?.data).find((entry) => asObject(entry)?.status === 'error'));
  const zohoError = isErrorObject(root) ? root : item;
  const serverFault = response.status >= 500;
  // A write that failed on the server side may still have been applied before the fault.
  const mayHaveExecuted = !context.idempotent && serverFault;
  const base = { httpStatus: response.status, operation: context.operation };

  if (response.status === 429 || readString(zohoError?.code) === 'TOO_MANY_REQUESTS') {
    return new CrmError({
      ...base,
      kind: 'rate-limited',
      code: readString(zohoError?.code) ?? 'TOO_MANY_REQUESTS',
      message: readString(zohoError?.message) ?? 'Zoho CRM is busy (too many requests); nothing was changed.',
      details: asObject(zohoError?.details) ?? {},
      mayHaveExecuted: false,
    });
  }
  if (zohoError) {
    const code = readString(zohoError.code) ?? undefined;
    return new CrmError({
      ...base,
      kind: 'zoho',
      code,
      message: readString(zohoError.message) ?? code ?? `Zoho answered with an error (HTTP ${response.status})`,
      details: asObject(zohoError.details) ?? {},
      mayHaveExecuted,
    });
  }
  if (response.status >= 300) {
    return new CrmError({
      ...base,
      kind: 'malformed',
      message: `Zoho answered HTTP ${response.status} without a documented error body`,
      mayHaveExecuted,
    });
  }
  return null;
}

function isErrorObject(value: JsonObject | null): value is JsonObject {
  return value !== null && value.status === 'error' && typeof value.code === 'string';
}
