// Turns the figures into the printed table (and the rows stored in bench-results/bench.json).
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'ok' : 'MISS');

/** [{ figure, value, target, status }] */
export function tableRows(results) {
  const rows = [];
  const { roundTrips, apiCalls, bundle, large, bulk } = results;
  if (roundTrips) {
    const L = roundTrips.latencyMs;
    rows.push({ figure: `1a. Round trips to resolution screen (L=${L} ms)`, value: `${roundTrips.resolution.roundTrips} (${roundTrips.resolution.msAtZero} → ${roundTrips.resolution.msAtL} ms)`, target: '≤ 1.2 (floor 1.0)', status: verdict(roundTrips.resolution.roundTrips <= 1.2) });
    rows.push({ figure: `1b. Round trips to deal section ready (L=${L} ms)`, value: `${roundTrips.deal.roundTrips} (${roundTrips.deal.msAtZero} → ${roundTrips.deal.msAtL} ms)`, target: '≤ 2.2 (floor 2.0: pipelines need the layout id)', status: verdict(roundTrips.deal.roundTrips <= 2.2) });
  }
  if (apiCalls) {
    const ok = apiCalls.repeated.length === 0 && apiCalls.unneeded.length === 0;
    rows.push({ figure: '2. API calls / credits per single conversion', value: `${apiCalls.calls} calls, ${apiCalls.credits} credits`, target: 'no call twice, none unneeded', status: verdict(ok) });
    for (const op of apiCalls.operations) rows.push({ figure: `     ${op.operation}`, value: `${op.count} × = ${op.credits} credits`, target: op.needed ? `needed: ${op.why}` : 'NOT needed', status: '' });
    for (const call of apiCalls.repeated) rows.push({ figure: `     repeated: ${call.call}`, value: `${call.count} ×`, target: '1 ×', status: 'MISS' });
  }
  if (bundle) {
    rows.push({ figure: '3. First-load bundle (JS + CSS, gzip)', value: `${kb(bundle.totalGzipBytes)} (JS ${kb(bundle.jsGzipBytes)}, CSS ${kb(bundle.cssGzipBytes)})`, target: '≤ 100.0 KB', status: verdict(bundle.totalGzipBytes <= bundle.targetBytes) });
    rows.push({ figure: '     resolution screen in all (+ page-logic chunk fetched beside the reads)', value: `${kb(bundle.resolutionScreenGzipBytes)} (+${kb(bundle.pageLogicGzipBytes)})`, target: '—', status: '' });
    rows.push({ figure: '     single conversion in all (first load + chunks preloaded at boot)', value: kb(bundle.singleFlowGzipBytes), target: '—', status: '' });
    rows.push({ figure: '     whole widget (with the bulk flow)', value: kb(bundle.allGzipBytes), target: '—', status: '' });
    rows.push({ figure: '     framework share (React, ReactDOM, scheduler, TanStack Query, zustand)', value: `${kb(bundle.framework.gzipBytes)} (${Math.round((100 * bundle.framework.gzipBytes) / bundle.totalGzipBytes)} %)`, target: '—', status: '' });
  }
  if (large) {
    rows.push({ figure: '4a. 100+100 candidates: data → interactive (first cards choosable)', value: `${large.dataToInteractiveMs} ms`, target: `≤ ${large.targetMs} ms`, status: verdict(large.dataToInteractiveMs <= large.targetMs) });
    rows.push({ figure: `     data → all ${large.cards} cards in the DOM`, value: `${large.dataToCompleteMs} ms`, target: '—', status: '' });
    rows.push({ figure: '4b. 100+100 candidates: input latency (radio click → painted)', value: `${large.inputLatencyMs} ms`, target: `≤ ${large.targetMs} ms`, status: verdict(large.inputLatencyMs <= large.targetMs) });
  }
  if (bulk) {
    rows.push({ figure: `5a. Bulk 500 leads (L=${bulk.latencyMs} ms): wall time / floor`, value: `${(bulk.wallMs / 1000).toFixed(2)} s / ${(bulk.floorMs / 1000).toFixed(2)} s = ${bulk.ratio}`, target: `≤ ${bulk.target}`, status: verdict(bulk.ratio <= bulk.target) });
    rows.push({ figure: '5b. Bulk 500 leads: API calls / minimum', value: `${bulk.calls} / ${bulk.minimumCalls}`, target: 'report (no target)', status: '' });
    rows.push({ figure: '     by operation', value: Object.entries(bulk.callsByOperation).map(([operation, count]) => `${operation} ${count}`).join(', '), target: '', status: '' });
  }
  for (const [name, message] of Object.entries(results.errors ?? {})) rows.push({ figure: `${name}: FAILED`, value: message.split('\n')[0].slice(0, 80), target: '', status: 'ERROR' });
  return rows;
}

export function formatTable(rows) {
  const headers = { figure: 'Figure', value: 'Measured (median)', target: 'Target', status: '' };
  const all = [headers, ...rows];
  const width = (key) => Math.max(...all.map((row) => row[key].length));
  const widths = { figure: width('figure'), value: width('value'), target: width('target'), status: width('status') };
  const line = (row) => ['figure', 'value', 'target', 'status'].map((key) => row[key].padEnd(widths[key])).join(' │ ').trimEnd();
  const rule = ['figure', 'value', 'target', 'status'].map((key) => '─'.repeat(widths[key])).join('─┼─');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
