// npm run pack: build the production widget, check it, and let Zoho's own zet validate and zip it.
// Fails if zet drops or rejects any file, so what we tested is exactly what admins upload.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { checkSourceSafety } from './lib/check-source-safety.mjs';
import { checkWidgetBuild } from './lib/check-widget-build.mjs';
import { zipEntries } from './lib/zip-entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgetDir = join(root, 'dist/widget');
// zet names the zip after the project folder and only allows [A-Za-z0-9_] there.
const stage = join(root, 'dist/zet/lead_convert');
const zipOut = join(root, 'dist/lead-convert.zip');
const zet = join(root, 'node_modules/.bin/zet');
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function runZet(command) {
  const result = spawnSync(zet, [command], { cwd: stage, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
  const output = `${result.stdout}${result.stderr}`.replace(ANSI_COLOURS, '');
  process.stdout.write(output.split('\n').map((line) => (line ? `  zet ${command}: ${line}` : line)).join('\n'));
  if (result.status !== 0) throw new Error(`zet ${command} exited with ${result.status}`);
  if (/not allowed|error|invalid/i.test(output)) throw new Error(`zet ${command} rejected or dropped files (see above)`);
}

checkSourceSafety(join(root, 'app'));
await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
const files = checkWidgetBuild(widgetDir);

rmSync(join(root, 'dist/zet'), { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(join(root, 'plugin-manifest.json'), join(stage, 'plugin-manifest.json'));
cpSync(widgetDir, join(stage, 'app'), { recursive: true });

runZet('validate');
runZet('pack');

const zipped = zipEntries(join(stage, 'dist/lead_convert.zip'));
const expected = files.map((f) => `app/${f}`);
const missing = expected.filter((f) => !zipped.includes(f));
if (missing.length || zipped.length !== expected.length) {
  throw new Error(`zip does not hold exactly the build: missing ${missing.join(', ') || 'none'}; zip has ${zipped.length}, build has ${expected.length}`);
}
rmSync(zipOut, { force: true });
renameSync(join(stage, 'dist/lead_convert.zip'), zipOut);
console.log(`\npacked ${zipped.length} files into dist/lead-convert.zip (${statSync(zipOut).size} bytes); upload it with Index Page /widget.html`);
