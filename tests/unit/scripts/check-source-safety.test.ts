import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSourceSafety, findUnsafeSources } from '../../../scripts/lib/check-source-safety.mjs';

function sourceDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'app-sources-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('checkSourceSafety (run by npm run build and npm run pack)', () => {
  it('finds nothing in the real app/ sources', () => {
    expect(findUnsafeSources(join(process.cwd(), 'app'))).toEqual([]);
  });

  it('accepts text rendering and comments that name the sinks', () => {
    const dir = sourceDir({
      'a.tsx': "// never eval( or new Function( here\n/* dangerouslySetInnerHTML is banned */\nexport const A = ({ name }: { name: string }) => <p title={name}>{name}</p>;\nif (el.innerHTML === '') {}",
      'index.html': '<script type="module" src="./main.tsx"></script>',
    });
    expect(() => checkSourceSafety(dir)).not.toThrow();
  });

  it.each([
    ['eval', 'x.ts', 'const v = eval(text);', 'x.ts:1: eval('],
    ['new Function', 'x.ts', 'const f = new Function("a", body);', 'x.ts:1: new Function('],
    ['dangerouslySetInnerHTML', 'x.tsx', 'const a = 1;\n<div dangerouslySetInnerHTML={{ __html: name }} />', 'x.tsx:2: dangerouslySetInnerHTML'],
    ['an innerHTML assignment', 'x.ts', 'node.innerHTML = lead.name;', 'x.ts:1: an innerHTML/outerHTML assignment'],
    ['insertAdjacentHTML', 'x.ts', "node.insertAdjacentHTML('beforeend', name);", 'x.ts:1: insertAdjacentHTML('],
    ['document.write', 'x.js', 'document.write(name);', 'x.js:1: document.write('],
    ['a string timer', 'x.ts', "setTimeout('go()', 10);", 'x.ts:1: a timer given a string of code'],
    ['an inline script', 'page.html', '<html><script>window.x = 1</script></html>', 'page.html: an inline <script> without src'],
  ])('fails on %s', (_label, file, content, problem) => {
    expect(() => checkSourceSafety(sourceDir({ [file]: content }))).toThrow(problem);
  });
});
