// JSON type checks and the INVALID_DATA expected_data_type error they produce.
import { zohoError, type ZohoError } from '../http/responses';

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isIdString = (v: unknown): v is string => typeof v === 'string' && /^\d{1,19}$/.test(v);
export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export function isIsoDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
}

export function wrongType(apiName: string, jsonPath: string, expected: string): ZohoError {
  return zohoError('INVALID_DATA', 'invalid data', { api_name: apiName, json_path: jsonPath, expected_data_type: expected });
}

export function invalidValue(apiName: string, jsonPath: string, message = 'invalid data'): ZohoError {
  return zohoError('INVALID_DATA', message, { api_name: apiName, json_path: jsonPath });
}

/** [expected_data_type, check] per Zoho field data_type. */
export function typeCheckFor(dataType: string): [string, (v: unknown) => boolean] {
  switch (dataType) {
    case 'date':
      return ['date', isIsoDate];
    case 'currency':
    case 'double':
    case 'decimal':
    case 'percent':
      return ['double', (v) => typeof v === 'number' && Number.isFinite(v)];
    case 'integer':
    case 'bigint':
      return ['integer', (v) => typeof v === 'number' && Number.isInteger(v)];
    case 'boolean':
      return ['boolean', (v) => typeof v === 'boolean'];
    case 'lookup':
    case 'ownerlookup':
      return ['jsonobject', (v) => isObject(v) && isIdString(v.id)];
    default:
      return ['text', (v) => typeof v === 'string'];
  }
}
