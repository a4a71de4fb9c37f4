// Figure 2: API calls and credits of one single conversion (open → convert), from the simulator's request log.
// The flow is Kaizen 137 Case I as a rep does it: open the widget on Pat Boyle, keep the preselected contact
// and account, switch on a deal and fill it, Review, Convert, wait for "Lead converted". Latency 0.
// A call "made twice" is the same method + path + query answered more than once. A call "not needed" is one
// whose operation is outside NEEDED (what this flow cannot do without; see docs/performance.md).
import { demoUrl, requestLog, widgetFrame } from './lib/browser.mjs';
import { median, repeat } from './lib/stats.mjs';

const RUNS = 3;
const LEAD_ID = '4876876000007440001'; // KAIZEN_IDS.lead (Pat Boyle)

/**
 * The calls this flow needs, and why: the lead, its conversion options, the layouts (Leads: the lead's mapping
 * to a Deals layout; Deals: the deal form), the Deals layout's pipelines, contact roles (deal form), the active
 * users (owner choice), the org (currency), the rep's own user record (language and formats), the convert; and,
 * because the lead joins an existing contact and account, the field-by-field merge with its defaults (issue #8):
 * each chosen record read once for the fields that differ, one update per record whose empty fields the lead
 * fills, and the audit note on the contact.
 */
export const NEEDED = new Map([
  ['getLead', 'the lead'],
  ['conversionOptions', 'its matches'],
  ['layouts', 'Leads layout (deal mapping), Deals layout (deal form)'],
  ['pipelines', 'stages of the Deals layout'],
  ['contactRoles', 'deal form'],
  ['users', 'owner choice'],
  ['currentUser', 'the rep’s language'],
  ['org', 'currency'],
  ['convert', 'the conversion'],
  ['getRecord', 'chosen contact / account, for the fields that differ'],
  ['updateRecord', 'empty fields the lead fills (default)'],
  ['addNote', 'audit note (on by default)'],
]);

async function convertOnce(context) {
  const page = await context.newPage();
  try {
    await page.goto(demoUrl({ scenario: 'kaizen-137', lead: LEAD_ID, open: true }));
    const widget = widgetFrame(page);
    await widget.getByRole('radio', { name: 'Add to Pat Boyle' }).waitFor();
    await widget.getByRole('switch', { name: 'Create a deal' }).click();
    await widget.getByLabel(/^Deal Name/i).fill('Zylker Deal');
    await widget.getByLabel(/^Closing Date/i).fill('2030-10-20');
    await widget.getByLabel(/^Pipeline/).selectOption('Standard (Standard)');
    await widget.getByLabel(/^Stage/).selectOption('Negotiation/Review');
    await widget.getByLabel(/^Amount/).fill('20000');
    await widget.getByRole('button', { name: 'Review' }).click();
    await widget.getByRole('region', { name: 'Review the conversion' }).getByRole('button', { name: 'Convert' }).click();
    await widget.getByRole('heading', { name: /Lead converted/ }).waitFor();
    // The merge's updates and the note run after the conversion: the flow ends when the note is on the contact.
    await widget.getByText('Added a note about this conversion to the contact.').waitFor();
    return summarise(await requestLog(page));
  } finally {
    await page.close();
  }
}

function summarise(log) {
  const byOperation = new Map();
  const byCall = new Map();
  for (const entry of log) {
    const row = byOperation.get(entry.operation) ?? { operation: entry.operation, count: 0, credits: 0 };
    row.count += 1;
    row.credits += entry.credits;
    byOperation.set(entry.operation, row);
    const key = `${entry.method} ${entry.path}?${new URLSearchParams(entry.params).toString()}`;
    byCall.set(key, (byCall.get(key) ?? 0) + 1);
  }
  const operations = [...byOperation.values()].map((row) => ({ ...row, needed: NEEDED.has(row.operation), why: NEEDED.get(row.operation) ?? null }));
  return {
    calls: log.length,
    credits: log.reduce((sum, entry) => sum + entry.credits, 0),
    operations,
    repeated: [...byCall].filter(([, count]) => count > 1).map(([call, count]) => ({ call, count })),
    unneeded: operations.filter((row) => !row.needed).map((row) => row.operation),
  };
}

export async function measureApiCalls(context) {
  const runs = await repeat(RUNS, () => convertOnce(context));
  const stable = runs.every((run) => run.calls === runs[0].calls && run.credits === runs[0].credits);
  return {
    runs: RUNS,
    stable,
    calls: median(runs.map((run) => run.calls)),
    credits: median(runs.map((run) => run.credits)),
    operations: runs[0].operations,
    repeated: runs[0].repeated,
    unneeded: runs[0].unneeded,
  };
}
