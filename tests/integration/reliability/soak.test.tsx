// The soak harness (scripts/soak/soak-harness.tsx), small: 20 conversions with random faults in `npm test`.
// `npm run soak` runs the same file with SOAK_ITERATIONS=200 and prints the figures it writes to SOAK_OUT.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../../scripts/soak/soak-harness';
import { warmSingleFlowChunks } from '../../support/warm-chunks';

const iterations = Number(process.env['SOAK_ITERATIONS'] ?? 20);
const seed = Number(process.env['SOAK_SEED'] ?? 6);
const faultRate = Number(process.env['SOAK_FAULT_RATE'] ?? 0.2);

describe('soak: conversions in a row against one simulated CRM with random faults', () => {
  it(
    `${iterations} conversions: none converted twice, none lost`,
    async () => {
      await warmSingleFlowChunks();
      const figures = await runSoak({ iterations, seed, faultRate });
      if (process.env['SOAK_OUT']) writeFileSync(process.env['SOAK_OUT'], `${JSON.stringify(figures, null, 2)}\n`);
      expect(figures.attempted).toBe(iterations);
      expect(figures.doubleConversions).toBe(0);
      expect(figures.resendsAfterCommit).toBe(0);
      expect(figures.lost).toEqual([]);
      // The faults really were there, on more than one kind of call.
      expect(Object.keys(figures.faultsByCall).length).toBeGreaterThan(1);
      expect(figures.succeeded + figures.failedWithClearError).toBe(iterations);
    },
    Math.max(60_000, iterations * 5_000),
  );
});
