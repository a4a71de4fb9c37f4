// The thenable protocol React's use() reads: a promise that records its own outcome, so that use() returns the
// value of a settled one synchronously instead of suspending (and React does not hold the screen back for it).
export type TrackedPromise<T> = Promise<T> & ({ status?: 'pending' } | { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown });

export function trackPromise<T>(promise: Promise<T>): TrackedPromise<T> {
  const tracked = promise as TrackedPromise<T>;
  tracked.status = 'pending';
  tracked.then(
    (value) => void Object.assign(tracked, { status: 'fulfilled', value }),
    (reason: unknown) => void Object.assign(tracked, { status: 'rejected', reason }),
  );
  return tracked;
}
