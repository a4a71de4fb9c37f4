import { describe, expect, it } from 'vitest';
import { inferHttpStatus } from '../../../app/host/zoho/infer-status';

describe('inferHttpStatus', () => {
  it.each([
    ['no body', undefined, 204],
    ['a root TOO_MANY_REQUESTS', { code: 'TOO_MANY_REQUESTS', status: 'error' }, 429],
    ['a data[] NO_PERMISSION', { data: [{ code: 'NO_PERMISSION', status: 'error' }] }, 403],
    ['an unknown error code', { code: 'SOMETHING_NEW', status: 'error' }, 400],
    ['a scheduled job', { data: [{ code: 'SCHEDULED', status: 'success' }] }, 202],
    ['a success', { data: [{ code: 'SUCCESS', status: 'success' }] }, 200],
  ])('%s → %i', (_label, body, status) => {
    expect(inferHttpStatus(body)).toBe(status);
  });

  // Found by fuzzing (tests/unit/fuzz): the code table was an object literal, so these codes found
  // Object.prototype's members and the "status" became an object or a function.
  it.each(['__proto__', 'toString', 'constructor', 'hasOwnProperty'])('treats the code %s as an unknown error (400)', (code) => {
    expect(inferHttpStatus({ code, status: 'error' })).toBe(400);
    expect(inferHttpStatus({ data: [{ code, status: 'error' }] })).toBe(400);
  });
});
