import { isCrmError } from '../crm-error';
import { isTransientReadError } from '../read-retry-policy';
import type { BulkEngineOptions } from './bulk-engine-options';
import { DEFAULT_POLL, type PollSchedule } from '../../domain/bulk/poll-schedule';

export type EngineSettings = {
  readConcurrency: number;
  convertConcurrency: number;
  jobConcurrency: number;
  poll: PollSchedule;
  backoff: { firstMs: number; maxMs: number; attempts: number };
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
};

export function settingsOf(options: BulkEngineOptions = {}): EngineSettings {
  return {
    readConcurrency: options.readConcurrency ?? 4,
    convertConcurrency: options.convertConcurrency ?? 3,
    jobConcurrency: options.jobConcurrency ?? 4,
    poll: options.poll ?? DEFAULT_POLL,
    backoff: options.backoff ?? { firstMs: 1000, maxMs: 16_000, attempts: 6 },
    sleep: options.sleep ?? realSleep,
    now: options.now ?? (() => Date.now()),
  };
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function backoffDelay(attempt: number, backoff: EngineSettings['backoff']): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** attempt);
}

/** Reads can be repeated whenever a second try may succeed (the widget's one read policy). */
export const isRetryableRead = isTransientReadError;

export function isRateLimited(error: unknown): boolean {
  return isCrmError(error) && error.kind === 'rate-limited';
}

/** Runs `call`, waiting with exponential backoff and retrying while `retry(error)` says so. */
export async function withBackoff<T>(
  settings: EngineSettings,
  call: () => Promise<T>,
  retry: (error: unknown) => boolean,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    if (signal?.aborted) throw new AbortedError();
    try {
      return await call();
    } catch (error) {
      if (signal?.aborted) throw new AbortedError();
      if (attempt + 1 >= settings.backoff.attempts || !retry(error)) throw error;
      await settings.sleep(backoffDelay(attempt, settings.backoff), signal);
    }
  }
}

/** Runs `work` over items with at most `limit` in flight (a worker pool keeps the allowed concurrency busy). */
export async function runPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export function errorMessage(error: unknown): string {
  if (isCrmError(error)) return error.code ? `${error.code}: ${error.message}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** A tiny observable snapshot for useSyncExternalStore. */
export class Observable<S> {
  private listeners = new Set<() => void>();
  protected state: S;
  constructor(state: S) {
    this.state = state;
  }
  getSnapshot = (): S => this.state;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  protected set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
