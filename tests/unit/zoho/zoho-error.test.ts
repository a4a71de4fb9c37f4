import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../../app/host/zoho/zoho-error';
import { ALREADY_CONVERTED, CONVERTED, MAPPING_MISMATCH, SCHEDULED, TOO_MANY } from './zoho-fixtures';

const convert = { operation: 'convertLead', idempotent: false };
const read = { operation: 'getLead', idempotent: true };

describe('errorFromResponse', () => {
  it.each([
    ['200 SUCCESS', 200, CONVERTED],
    ['202 SCHEDULED', 202, SCHEDULED],
    ['204 empty', 204, undefined],
  ])('finds no error in %s', (_label, status, body) => {
    expect(errorFromResponse({ status, body }, convert)).toBeNull();
  });

  it.each([
    ['a root-level error', 400, ALREADY_CONVERTED, convert, { kind: 'zoho', code: 'ID_ALREADY_CONVERTED', httpStatus: 400, details: { resource_path_index: 1 }, mayHaveExecuted: false }],
    ['a data[] error with 400', 400, MAPPING_MISMATCH, convert, { kind: 'zoho', code: 'MAPPING_MISMATCH', details: { mapped_field: 'Pipeline', api_name: 'Stage', json_path: '$.data[0].Stage' }, mayHaveExecuted: false }],
    ['a data[] error with 200', 200, MAPPING_MISMATCH, convert, { kind: 'zoho', code: 'MAPPING_MISMATCH', httpStatus: 200 }],
    ['a data[] error with 202', 202, { data: [{ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Closing_Date' }, message: 'required field not found', status: 'error' }] }, convert, { kind: 'zoho', code: 'MANDATORY_NOT_FOUND', message: 'required field not found' }],
    ['HTTP 429 with the documented body', 429, TOO_MANY, convert, { kind: 'rate-limited', code: 'TOO_MANY_REQUESTS', mayHaveExecuted: false }],
    ['HTTP 429 without a body', 429, undefined, convert, { kind: 'rate-limited', httpStatus: 429, mayHaveExecuted: false }],
    ['TOO_MANY_REQUESTS under another status', 400, TOO_MANY, convert, { kind: 'rate-limited', mayHaveExecuted: false }],
    ['a 500 on a write', 500, { code: 'INTERNAL_ERROR', details: {}, message: 'Internal Server Error', status: 'error' }, convert, { kind: 'zoho', code: 'INTERNAL_ERROR', mayHaveExecuted: true }],
    ['a 500 on a read', 500, { code: 'INTERNAL_ERROR', details: {}, message: 'Internal Server Error', status: 'error' }, read, { kind: 'zoho', mayHaveExecuted: false }],
    ['a 502 with an HTML page', 502, '<html>Bad gateway</html>', convert, { kind: 'malformed', httpStatus: 502, mayHaveExecuted: true }],
    ['a 404 without body', 404, undefined, read, { kind: 'malformed', httpStatus: 404, mayHaveExecuted: false }],
    ['a root error without details', 403, { code: 'NO_PERMISSION', message: 'permission denied', status: 'error' }, read, { kind: 'zoho', code: 'NO_PERMISSION', details: {} }],
  ])('maps %s', (_label, status, body, context, expected) => {
    expect(errorFromResponse({ status, body }, context)).toMatchObject({ operation: context.operation, ...expected });
  });
});
