import { createSimulatedCrm } from '../../app/host/simulator/simulated-crm';
import type { SimulatedCrm } from '../../app/host/simulator/simulated-crm-types';

export type ManualClock = { now(): number; advance(ms: number): void };

/** A simulated org on a clock the test moves, so mass-convert jobs progress on demand. */
export function createContractOrg(scenario: string): { crm: SimulatedCrm; clock: ManualClock } {
  let now = Date.UTC(2026, 0, 5, 9, 0, 0);
  const clock: ManualClock = { now: () => now, advance: (ms) => void (now += ms) };
  return { crm: createSimulatedCrm({ scenario, clock }), clock };
}

/** Short deadlines keep the "never answers" cases quick; the simulator answers in-process well within them. */
export const CONTRACT_TIMEOUTS = { readMs: 400, writeMs: 400, uiMs: 400 };
