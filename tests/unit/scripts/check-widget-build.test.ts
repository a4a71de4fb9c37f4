import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWidgetBuild, ZOHO_SDK_URL } from '../../../scripts/lib/check-widget-build.mjs';

const goodHtml = `<!doctype html><html><head>
<script src="${ZOHO_SDK_URL}"></script>
<script type="module" crossorigin src="./assets/widget-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/widget-abc.css">
</head><body><div id="root"></div></body></html>`;

function buildDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'widget-build-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const good = { 'widget.html': goodHtml, 'assets/widget-abc.js': 'console.log(1)', 'assets/widget-abc.css': 'body{}' };

describe('checkWidgetBuild (run by npm run pack before zet)', () => {
  it('accepts a build with relative assets and the CDN SDK', () => {
    expect(checkWidgetBuild(buildDir(good))).toEqual(['assets/widget-abc.css', 'assets/widget-abc.js', 'widget.html']);
  });

  it.each([
    ['an absolute asset path', { 'widget.html': goodHtml.replace('./assets/widget-abc.js', '/assets/widget-abc.js') }, 'non-relative asset: /assets/widget-abc.js'],
    ['a missing asset', { 'assets/widget-abc.css': undefined }, 'missing file: ./assets/widget-abc.css'],
    ['no CDN SDK', { 'widget.html': goodHtml.replace(ZOHO_SDK_URL, './sdk.js') }, 'does not load the Zoho SDK'],
    ['an inline script', { 'widget.html': goodHtml.replace('</body>', '<script>alert(1)</script></body>') }, 'inline script'],
    ['simulator code in a chunk', { 'assets/widget-abc.js': 'createSimulatedCrm()' }, 'contains simulator code (createSimulatedCrm)'],
    ['eval in a chunk', { 'assets/widget-abc.js': 'var a=eval(b)' }, 'assets/widget-abc.js contains eval('],
    ['new Function in a chunk', { 'assets/widget-abc.js': 'var f=new Function("return this")' }, 'assets/widget-abc.js contains new Function('],
  ])('rejects %s', (_name, change, problem) => {
    const files = Object.fromEntries(Object.entries({ ...good, ...change }).filter(([, v]) => v !== undefined)) as Record<string, string>;
    expect(() => checkWidgetBuild(buildDir(files))).toThrow(problem);
  });
});
