// The widget runs inside CRM with the rep's rights, so CRM data must never become code. Every source under
// app/ (the widget, and the demo and simulator next to it) is checked for the ways text turns into code or
// markup; `npm run build` and `npm run pack` fail on any hit. ESLint has the same rules, with locations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.mjs';

export const CODE_SINKS = [
  { pattern: /\beval\s*\(/, what: 'eval(' },
  { pattern: /\bnew\s+Function\s*\(/, what: 'new Function(' },
  { pattern: /\bdangerouslySetInnerHTML\b/, what: 'dangerouslySetInnerHTML' },
  { pattern: /\.(?:inner|outer)HTML\s*=[^=]/, what: 'an innerHTML/outerHTML assignment' },
  { pattern: /\binsertAdjacentHTML\s*\(/, what: 'insertAdjacentHTML(' },
  { pattern: /\bdocument\.write(?:ln)?\s*\(/, what: 'document.write(' },
  { pattern: /\b(?:setTimeout|setInterval)\s*\(\s*['"`]/, what: 'a timer given a string of code' },
];

/** A <script> element without src: its body would be code written into the page. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>/i;
const SOURCE = /\.(?:ts|tsx|js|mjs|jsx)$/;

/** Comments may name these sinks (to explain why they are not used); only code counts. */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every problem found in the sources below dir (default: the repository's app/), as "file:line what". */
export function findUnsafeSources(dir) {
  const problems = [];
  for (const file of listFiles(dir)) {
    const full = join(dir, file);
    if (file.endsWith('.html')) {
      if (INLINE_SCRIPT.test(readFileSync(full, 'utf8'))) problems.push(`${file}: an inline <script> without src`);
      continue;
    }
    if (!SOURCE.test(file)) continue;
    withoutComments(readFileSync(full, 'utf8')).split('\n').forEach((line, index) => {
      for (const { pattern, what } of CODE_SINKS) if (pattern.test(line)) problems.push(`${file}:${index + 1}: ${what}`);
    });
  }
  return problems;
}

export function checkSourceSafety(dir) {
  const problems = findUnsafeSources(dir);
  if (problems.length) throw new Error(`source safety check failed (data must never become code):\n- ${problems.join('\n- ')}`);
}
