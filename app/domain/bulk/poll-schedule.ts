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
