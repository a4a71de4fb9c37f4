import type { BulkReasonTexts } from '../../i18n/en-bulk-reasons';

/** Tuning and injected timing for the bulk engine (tests pass fast timers; the UI passes nothing). */
export type BulkEngineOptions = {
  /** Conversion options reads in flight (default 4). */
  readConcurrency?: number;
  /** Single converts in flight (default 3, the convert sub-concurrency). */
  convertConcurrency?: number;
  /** Mass jobs submitted at once (default 4; each submit is one short call, the job then runs in Zoho). */
  jobConcurrency?: number;
  /** Status poll: first delay, factor, cap (default 1000 ms, 1.5, 5000 ms). */
  poll?: { firstMs: number; factor: number; maxMs: number };
  /** 429 backoff: first delay and cap (default 1000 ms doubling to 16000 ms), attempts before giving up (default 6). */
  backoff?: { firstMs: number; maxMs: number; attempts: number };
  /** Resolves after ms (or rejects when the signal aborts). Default: setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Current time in ms, for pacing status polls by a job's observed progress. Default: Date.now. */
  now?: () => number;
  /** The texts of per-lead reasons and the CSV header, in the rep's language (default: English). */
  reasons?: BulkReasonTexts;
  /** Journal storage (default: window.localStorage, memory if it throws). */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
};
