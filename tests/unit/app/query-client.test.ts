import { describe, expect, it } from 'vitest';
import { CrmError, type CrmErrorKind } from '../../../app/api/crm-error';
import { canRetryByHand, readRetryDelay } from '../../../app/api/read-retry-policy';
import { shouldRetryRead } from '../../../app/query-client';

const error = (kind: CrmErrorKind, httpStatus?: number) => new CrmError({ kind, message: kind, httpStatus, mayHaveExecuted: false });

describe('shouldRetryRead', () => {
  it.each([
    ['a timeout', error('timeout'), true],
    ['a lost answer', error('network'), true],
    ['a 429', error('rate-limited', 429), true],
    ['a Zoho 500', error('zoho', 500), true],
    ['a Zoho 400 (retrying cannot help)', error('zoho', 400), false],
    ['a malformed body', error('malformed', 200), false],
    ['a refused id', error('invalid-input'), false],
    ['a programming error', new TypeError('x'), false],
  ])('first failure: %s → %s', (_name, failure, expected) => {
    expect(shouldRetryRead(0, failure)).toBe(expected);
  });

  it('stops after two retries', () => {
    expect(shouldRetryRead(1, error('timeout'))).toBe(true);
    expect(shouldRetryRead(2, error('timeout'))).toBe(false);
  });

  it('waits 1 s, then 2 s, doubling up to 8 s', () => {
    expect([0, 1, 2, 3, 4].map(readRetryDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it.each([
    ['a malformed body (the rep may ask once more)', error('malformed', 200), true],
    ['a timeout', error('timeout'), true],
    ['a Zoho 400', error('zoho', 400), false],
    ['a refused id', error('invalid-input'), false],
  ])('Try again is offered for %s: %s', (_name, failure, expected) => {
    expect(canRetryByHand(failure)).toBe(expected);
  });
});
