// API credits and concurrency (§6). A request holds a concurrency slot from arrival until its answer.
import type { SimOperation } from '../sim-http';
import type { CrmLimits } from '../simulated-crm-types';

// Plan-dependent in Zoho: concurrency 10 is the Standard edition's per-app limit (KZ203); the convert
// sub-concurrency is "typically 10" in KZ203 but 3–5 in an older announcement (ZC-subconc), so 5;
// 50,000 credits is the base daily allowance of paid editions (D-limits).
export const DEFAULT_LIMITS: CrmLimits = { concurrency: 10, convertConcurrency: 5, dailyCredits: 50000 };

const DAY_MS = 24 * 60 * 60 * 1000;

export function creditCost(operation: SimOperation): number {
  return operation === 'convert' ? 5 : 1;
}

export type Metering = {
  readonly limits: CrmLimits;
  setLimits(limits: Partial<CrmLimits>): void;
  /** Why this request must be refused with 429 right now, or null. */
  refusal(operation: SimOperation, now: number): string | null;
  enter(operation: SimOperation): void;
  leave(operation: SimOperation): void;
  charge(credits: number, now: number): void;
  creditsUsed(now: number): number;
  resetCredits(): void;
};

export function createMetering(): Metering {
  let limits: CrmLimits = { ...DEFAULT_LIMITS };
  let inFlight = 0;
  let convertsInFlight = 0;
  let spent: { at: number; credits: number }[] = [];
  const creditsUsed = (now: number) => spent.filter((s) => s.at > now - DAY_MS).reduce((sum, s) => sum + s.credits, 0);
  return {
    get limits() {
      return limits;
    },
    setLimits(next) {
      limits = { ...limits, ...next };
    },
    refusal(operation, now) {
      if (creditsUsed(now) + creditCost(operation) > limits.dailyCredits) return 'You have exhausted the API credits for the day';
      if (inFlight >= limits.concurrency) return 'Too many concurrent requests';
      if (operation === 'convert' && convertsInFlight >= limits.convertConcurrency) return 'Too many concurrent lead conversion requests';
      return null;
    },
    enter(operation) {
      inFlight += 1;
      if (operation === 'convert') convertsInFlight += 1;
    },
    leave(operation) {
      inFlight -= 1;
      if (operation === 'convert') convertsInFlight -= 1;
    },
    charge(credits, now) {
      if (credits > 0) spent.push({ at: now, credits });
    },
    creditsUsed,
    resetCredits() {
      spent = [];
    },
  };
}
