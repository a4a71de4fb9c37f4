// One retry policy for every read the widget makes (queries, the reconcile re-read, the bulk engines), so the
// fault matrix in docs/reliability.md has a single answer for "is this read tried again, and when".
import { isCrmError } from './crm-error';

/** Automatic retries after the first failure: 3 attempts in all, then the rep gets a Retry button. */
export const MAX_READ_RETRIES = 2;
const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 8000;

/** True when a second try can succeed: no answer, a lost answer, Zoho busy (429) or a Zoho server fault (5xx). */
export function isTransientReadError(error: unknown): boolean {
  if (!isCrmError(error)) return false;
  if (error.kind === 'rate-limited' || error.kind === 'timeout' || error.kind === 'network') return true;
  // A 4xx, a malformed body and a refused id come back identical on every try: retrying only spends credits.
  return error.kind === 'zoho' && (error.httpStatus ?? 0) >= 500;
}

/** TanStack Query's `retry`: `failureCount` is 0 before the first retry. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_READ_RETRIES && isTransientReadError(error);
}

/** TanStack Query's `retryDelay`: 1 s, 2 s, … doubling, never more than 8 s. */
export function readRetryDelay(failureCount: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** failureCount, LONGEST_DELAY_MS);
}

/**
 * Whether the rep is offered Try again: everything a retry can fix, plus an unreadable answer (a truncated body
 * may be a one-off; asking once more on request is cheap, looping on it automatically is not).
 */
export function canRetryByHand(error: unknown): boolean {
  return isTransientReadError(error) || (isCrmError(error) && error.kind === 'malformed');
}
