// Every request the simulator saw, in arrival order; entries are completed when the answer goes out.
import type { RequestLogEntry } from '../simulated-crm-types';

export type RequestLog = {
  readonly entries: readonly RequestLogEntry[];
  start(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry;
  clear(): void;
};

export function createRequestLog(): RequestLog {
  let entries: RequestLogEntry[] = [];
  let seq = 0;
  return {
    get entries() {
      return entries;
    },
    start(entry) {
      seq += 1;
      const full = { seq, ...entry };
      entries.push(full);
      return full;
    },
    clear() {
      entries = [];
    },
  };
}
