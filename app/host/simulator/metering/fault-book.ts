// Armed fault rules; each request takes at most one (the first that matches).
import type { SimOperation } from '../sim-http';
import type { FaultRule } from '../simulated-crm-types';

export type FaultBook = {
  add(rule: FaultRule): void;
  clear(): void;
  take(operation: SimOperation, recordIds: string[], random: () => number): FaultRule | undefined;
};

export function createFaultBook(): FaultBook {
  let rules: { rule: FaultRule; left: number }[] = [];
  return {
    add(rule) {
      rules.push({ rule, left: rule.times ?? 1 });
    },
    clear() {
      rules = [];
    },
    take(operation, recordIds, random) {
      for (const armed of rules) {
        const { rule } = armed;
        if (rule.operation !== undefined && rule.operation !== operation) continue;
        if (rule.recordId !== undefined && !recordIds.includes(rule.recordId)) continue;
        // Draw only for probabilistic rules so a seeded run stays reproducible when rules change.
        if (rule.probability !== undefined && random() >= rule.probability) continue;
        armed.left -= 1;
        if (armed.left <= 0) rules = rules.filter((r) => r !== armed);
        return rule;
      }
      return undefined;
    },
  };
}
