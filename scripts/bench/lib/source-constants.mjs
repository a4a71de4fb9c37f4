// Reads numeric parameters straight from the app's TypeScript sources, so the bench's floors follow the code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The first number captured by `pattern` (a RegExp with one group) in `file` (relative to the repo root). */
export function numberIn(file, pattern) {
  const source = readFileSync(`${root}${file}`, 'utf8');
  const match = pattern.exec(source);
  if (!match?.[1]) throw new Error(`${file}: ${pattern} not found (the bench's floor needs it)`);
  return Number(match[1].replaceAll('_', ''));
}
