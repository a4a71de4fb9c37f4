// `npm run soak`: 200 single conversions in a row through the real widget against one simulated CRM with seeded
// random faults on every call kind (scripts/soak/soak-harness.tsx, run under Vitest for jsdom and fake timers).
// Prints the figures and writes bench-results/soak.json. Not part of `npm test` (which runs 20 of them).
// SOAK_ITERATIONS, SOAK_SEED, SOAK_FAULT_RATE override the defaults (200, 6, 0.5).
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}bench-results/`;
const out = `${outDir}soak.json`;
await mkdir(outDir, { recursive: true });

process.env.SOAK_ITERATIONS ??= '200';
process.env.SOAK_SEED ??= '6';
process.env.SOAK_FAULT_RATE ??= '0.5';
process.env.SOAK_OUT = out;

const vitest = await startVitest('test', ['tests/integration/reliability/soak.test.tsx'], { root, watch: false, reporters: ['dot'] });
const failed = vitest.state.getCountOfFailedTests() > 0 || vitest.state.getUnhandledErrors().length > 0;
await vitest.close();

const figures = JSON.parse(await readFile(out, 'utf8'));
const rows = [
  ['conversions attempted', figures.attempted],
  ['succeeded (widget shows the result, CRM agrees)', figures.succeeded],
  ['failed with a clear error (still a lead)', figures.failedWithClearError],
  ['double conversions', figures.doubleConversions],
  ['converts resent after a commit', figures.resendsAfterCommit],
  ['lost leads', figures.lostLeads],
  ['requests to CRM (convert requests)', `${figures.requests} (${figures.convertRequests})`],
  ['faults injected', Object.values(figures.faultsByKind).reduce((a, b) => a + b, 0)],
  ['wall time', `${(figures.wallMs / 1000).toFixed(1)} s`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\nSoak: seed ${figures.seed}, fault rate ${figures.faultRate} per call kind per conversion`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
const list = (counts) => Object.entries(counts).sort(([, a], [, b]) => b - a).map(([key, n]) => `${key} ${n}`).join(', ');
console.log(`  faults by kind: ${list(figures.faultsByKind)}`);
console.log(`  faults by call: ${list(figures.faultsByCall)}`);
for (const lost of figures.lost) console.log(`  LOST ${lost.leadId}: widget ${lost.widget}, CRM converted ${lost.crmConverted}: ${lost.screen}`);
console.log(`\nWritten to ${out}`);
process.exitCode = failed || figures.doubleConversions > 0 || figures.lostLeads > 0 ? 1 : 0;
