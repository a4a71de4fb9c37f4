/** Status polling: first after 1 s, then ×1.5 up to 5 s (Zoho documents no pacing; these are our choice). */
export type PollSchedule = { firstMs: number; factor: number; maxMs: number };
export const DEFAULT_POLL: PollSchedule = { firstMs: 1000, factor: 1.5, maxMs: 5000 };

/** Delay before poll number `attempt` (0-based). */
export function pollDelay(attempt: number, schedule: PollSchedule = DEFAULT_POLL): number {
  return Math.min(schedule.maxMs, Math.round(schedule.firstMs * schedule.factor ** attempt));
}

/**
 * Polls expected until a job of `leads` leads completes, assuming ~1 s scheduled + ~0.1 s per lead
 * (the simulator's pacing; Zoho's real pacing is undocumented) — an estimate for the cost line only.
 */
export function estimatePolls(leads: number, schedule: PollSchedule = DEFAULT_POLL): number {
  const duration = 1000 + leads * 100;
  let elapsed = 0;
  let polls = 0;
  while (elapsed < duration) {
    elapsed += pollDelay(polls, schedule);
    polls += 1;
  }
  return polls;
}

/** One status answer, for pacing the next poll: when it came and how many of the job's leads were done. */
export type PollSample = { at: number; processed: number; total: number };

/**
 * Delay before the next poll. Once a job reports progress, poll when it should finish at the observed pace
 * (never sooner than `minMs`, never later than the schedule's cap): polls land just after completion instead
 * of up to a whole backoff step late, and a slow job is not polled needlessly often.
 */
export function nextPollDelay(attempt: number, samples: readonly PollSample[], schedule: PollSchedule = DEFAULT_POLL, minMs = 250): number {
  const fallback = pollDelay(attempt, schedule);
  const first = samples.find((sample) => sample.processed > 0);
  const last = samples[samples.length - 1];
  if (!first || !last || last === first || last.processed <= first.processed || last.at <= first.at) return fallback;
  const msPerLead = (last.at - first.at) / (last.processed - first.processed);
  const remaining = Math.max(0, last.total - last.processed);
  return Math.round(Math.min(schedule.maxMs, Math.max(minMs, remaining * msPerLead)));
}
