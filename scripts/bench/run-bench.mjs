// `npm run bench` (after scripts/build.mjs): serves dist/ with scripts/serve-demo.mjs, drives the production
// widget through the demo page in Debian Chromium (CHROMIUM_PATH overrides /usr/bin/chromium), prints the
// table and writes bench-results/bench.json. BENCH_ONLY=roundTrips,bulk runs a subset. See docs/performance.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { measureApiCalls } from './api-calls.mjs';
import { measureBulk } from './bulk.mjs';
import { measureBundle } from './bundle-size.mjs';
import { measureLargeResults } from './large-results.mjs';
import { launchChromium, warmContext } from './lib/browser.mjs';
import { startDemoServer } from './lib/server.mjs';
import { measureRoundTrips } from './round-trips.mjs';
import { formatTable, tableRows } from './table.mjs';

const outDir = fileURLToPath(new URL('../../bench-results/', import.meta.url));
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (name) => only === null || only.has(name);

const BROWSER_FIGURES = [
  ['roundTrips', measureRoundTrips],
  ['apiCalls', measureApiCalls],
  ['large', measureLargeResults],
  ['bulk', measureBulk],
];

const started = performance.now();
const results = { date: new Date().toISOString(), errors: {} };

async function figure(name, measure) {
  const t = performance.now();
  process.stdout.write(`… ${name}`);
  try {
    results[name] = await measure();
    console.log(` (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.errors[name] = error instanceof Error ? error.message : String(error);
    console.log(` FAILED: ${results.errors[name].split('\n')[0]}`);
  }
}

if (wanted('bundle')) await figure('bundle', measureBundle);

const browserNeeded = BROWSER_FIGURES.some(([name]) => wanted(name));
if (browserNeeded) {
  const server = await startDemoServer();
  const browser = await launchChromium();
  try {
    const context = await warmContext(browser, server.origin);
    for (const [name, measure] of BROWSER_FIGURES) if (wanted(name)) await figure(name, () => measure(context));
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

const rows = tableRows(results);
const table = formatTable(rows);
console.log(`\n${table}\n`);
results.table = rows;
results.durationS = Math.round((performance.now() - started) / 1000);
await mkdir(outDir, { recursive: true });
await writeFile(`${outDir}bench.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Written bench-results/bench.json (${results.durationS} s)`);
if (Object.keys(results.errors).length > 0) process.exitCode = 1;
