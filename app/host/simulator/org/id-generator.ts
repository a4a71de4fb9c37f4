// Zoho-like 19-digit ids. Primed ids come first so tests can reproduce the article's exact responses.
export type IdGenerator = { next(): string };

export function createIdGenerator(primed: readonly string[], usedIds: Iterable<string>, base?: string): IdGenerator {
  const queue = [...primed];
  const used = new Set(usedIds);
  let counter = base !== undefined ? BigInt(base) : maxId(used) + 1000n;
  return {
    next() {
      const primedId = queue.shift();
      if (primedId !== undefined) {
        used.add(primedId);
        return primedId;
      }
      while (used.has(counter.toString())) counter += 1n;
      const id = counter.toString();
      used.add(id);
      counter += 3n; // Zoho's ids of consecutive creations are close but not contiguous
      return id;
    },
  };
}

function maxId(ids: Set<string>): bigint {
  let max = 1000000000000000000n;
  for (const id of ids) {
    if (/^\d+$/.test(id) && BigInt(id) > max) max = BigInt(id);
  }
  return max;
}
