// Figure 5: bulk conversion of scenario bulk-500 (500 leads: 350 ready, 100 needing review, 50 ineligible).
// The review is read at latency 0 (not measured), then latency is set to L = 250 ms, the request log cleared,
// "Skip all needing review" pressed, and the wall time runs from pressing "Convert N leads" to the results
// summary ("… leads converted · … failed · … skipped"). The API calls come from the request log of the run.
import { demoUrl, requestLog, clearLog, setLatency, widgetFrame } from './lib/browser.mjs';
import { numberIn } from './lib/source-constants.mjs';
import { median, repeat, round } from './lib/stats.mjs';

export const BULK_LATENCY_MS = 250;
export const BULK_RATIO_TARGET = 1.3;
const RUNS = 3;

/** The parameters the floor depends on, read from the sources. */
export function bulkParameters() {
  return {
    scheduledMs: numberIn('app/host/simulator/mass-convert/mass-convert-jobs.ts', /SCHEDULED_MS = ([\d_]+)/),
    perLeadMs: numberIn('app/host/simulator/mass-convert/mass-convert-jobs.ts', /PER_LEAD_MS = ([\d_]+)/),
    jobConcurrency: numberIn('app/api/bulk/engine-support.ts', /jobConcurrency \?\? ([\d_]+)/),
    readConcurrency: numberIn('app/api/bulk/engine-support.ts', /readConcurrency \?\? ([\d_]+)/),
    convertConcurrency: numberIn('app/api/bulk/engine-support.ts', /convertConcurrency \?\? ([\d_]+)/),
    readBatchSize: numberIn('app/domain/bulk/plan-bulk-run.ts', /READ_BATCH_SIZE = ([\d_]+)/),
    apiConcurrency: numberIn('app/host/simulator/metering/metering.ts', /concurrency: ([\d_]+)/),
  };
}

/**
 * The fastest any client can finish this run with the engine's pools and the simulator's pacing:
 *   job k (0-based, n_k leads) is created when its submit executes, one latency after it is sent; with
 *   c_job submits in flight, at (⌊k / c_job⌋ + 1)·L. It completes S + (n_k − 1)·p later (S scheduled, p per lead).
 *   A status poll sent L before that sees "completed" (the simulator applies the latency before answering).
 *   Singles (s of them, c_conv at a time) run alongside: ⌈s / c_conv⌉·L.
 *   Then every mass-converted lead (N) is read back, B ids per call, c_read calls at a time: ⌈⌈N/B⌉ / c_read⌉·L.
 * floor = max(max_k[(⌊k/c_job⌋+1)·L + S + (n_k−1)·p], ⌈s/c_conv⌉·L) + ⌈⌈N/B⌉/c_read⌉·L
 * Minimum calls = J submits + J status polls (one each, at best) + ⌈N/B⌉ read-backs + s converts.
 */
export function bulkFloor(jobSizes, singles, L, p) {
  const jobsDone = Math.max(0, ...jobSizes.map((n, k) => (Math.floor(k / p.jobConcurrency) + 1) * L + p.scheduledMs + (n - 1) * p.perLeadMs));
  const singlesDone = Math.ceil(singles / p.convertConcurrency) * L;
  const readBack = jobSizes.reduce((sum, n) => sum + n, 0);
  const readCalls = Math.ceil(readBack / p.readBatchSize);
  return {
    floorMs: Math.max(jobsDone, singlesDone) + Math.ceil(readCalls / p.readConcurrency) * L,
    minimumCalls: jobSizes.length * 2 + readCalls + singles,
    formula: 'max_k[(⌊k/c_job⌋+1)·L + S + (n_k−1)·p] (and ⌈s/c_conv⌉·L) + ⌈⌈N/B⌉/c_read⌉·L',
  };
}

async function runOnce(context) {
  const page = await context.newPage();
  try {
    await page.goto(demoUrl({ scenario: 'bulk-500', latencyMs: 0 }));
    await page.getByRole('checkbox', { name: 'Select all leads' }).check();
    await page.getByRole('button', { name: 'Convert (check duplicates)' }).click();
    const widget = widgetFrame(page);
    await widget.getByRole('table', { name: 'Selected leads and what will happen to each' }).waitFor({ timeout: 60_000 });
    await widget.getByRole('group', { name: 'Show leads' }).getByRole('button', { name: /^Ready \d+/ }).waitFor({ timeout: 60_000 });
    await widget.getByRole('button', { name: 'Skip all needing review' }).click();
    await setLatency(page, BULK_LATENCY_MS);
    await clearLog(page);
    const convert = widget.getByRole('button', { name: /^Convert \d+ leads$/ });
    const started = performance.now();
    await convert.click();
    const summary = widget.getByText(/^\d+ leads converted · \d+ failed · \d+ skipped$/);
    await summary.waitFor({ timeout: 120_000 });
    const wallMs = performance.now() - started;
    const log = await requestLog(page);
    const text = (await summary.textContent()) ?? '';
    return { wallMs, log, summary: text };
  } finally {
    await page.close();
  }
}

function callsByOperation(log) {
  const counts = {};
  for (const entry of log) counts[entry.operation] = (counts[entry.operation] ?? 0) + 1;
  return counts;
}

export async function measureBulk(context) {
  const parameters = bulkParameters();
  const runs = await repeat(RUNS, () => runOnce(context));
  const first = runs[0];
  const jobSizes = first.log.filter((entry) => entry.operation === 'massConvert').map((entry) => (entry.body?.ids ?? []).length);
  const singles = first.log.filter((entry) => entry.operation === 'convert').length;
  const floor = bulkFloor(jobSizes, singles, BULK_LATENCY_MS, parameters);
  const wallMs = median(runs.map((run) => run.wallMs));
  return {
    runs: RUNS,
    latencyMs: BULK_LATENCY_MS,
    parameters,
    jobSizes,
    singles,
    summary: first.summary,
    wallMs: round(wallMs),
    floorMs: floor.floorMs,
    formula: floor.formula,
    ratio: round(wallMs / floor.floorMs, 2),
    target: BULK_RATIO_TARGET,
    calls: median(runs.map((run) => run.log.length)),
    minimumCalls: floor.minimumCalls,
    callsByOperation: callsByOperation(first.log),
    samplesMs: runs.map((run) => round(run.wallMs)),
  };
}
