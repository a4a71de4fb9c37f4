// Small numeric helpers shared by the figures.

/** The median of a non-empty list of numbers. */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `measure` `times` times in a row (never in parallel: 2 cores) and returns every result. */
export async function repeat(times, measure) {
  const results = [];
  for (let run = 0; run < times; run += 1) results.push(await measure(run));
  return results;
}

export const round = (value, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
