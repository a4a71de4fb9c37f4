// The bulk flow in the production widget over the demo page: select every lead of bulk-300 (320), review,
// resolve two matches individually, skip the rest needing review, run, and check what the CRM received.
import { expect, test } from '@playwright/test';
import { bulkLeadId } from '../../app/host/simulator/scenarios/bulk-300';
import { CONVERT_BUTTON, openDemo, widgetFrame, widgetPopup } from '../support/e2e/demo-page';
import { orgSnapshot, popupScreenshot, requestLog } from '../support/e2e/single-conversion';

const convertedIds = (leads: { id: string; $converted?: unknown }[]) => leads.filter((lead) => lead.$converted === true).map((lead) => lead.id);

test('bulk: 320 leads reviewed, run as mass jobs plus individual converts, results match the org', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page, { scenario: 'bulk-300' });
  const before = convertedIds((await orgSnapshot(page)).leads);
  await page.getByRole('checkbox', { name: 'Select all leads' }).check();
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetPopup(page)).toBeVisible();
  const widget = widgetFrame(page);

  await expect(widget.getByRole('heading', { level: 1, name: '320 leads selected' })).toBeVisible();
  const table = widget.getByRole('table', { name: 'Selected leads and what will happen to each' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const filters = widget.getByRole('group', { name: 'Show leads' });
  await expect(filters.getByRole('button', { name: 'Ready 224' })).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Needs review 64' })).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Cannot convert 32' })).toBeVisible();
  await popupScreenshot(page, 'bulk-review');

  // Two email matches go to their existing contact (single converts); the other needs-review rows are skipped.
  await filters.getByRole('button', { name: 'Needs review 64' }).click();
  for (const name of ['Hana Archer', 'Ben Brooks']) {
    await widget.getByRole('button', { name: `Review ${name}` }).click();
    await widget.getByRole('radio', { name: new RegExp(`Add to ${name}`) }).check();
    if (name === 'Hana Archer') await popupScreenshot(page, 'bulk-row-review');
    await widget.getByRole('button', { name: 'Use this choice' }).click();
    await expect(widget.getByText(`add to contact ${name}`, { exact: false })).toBeVisible();
  }
  await widget.getByRole('button', { name: 'Skip all needing review' }).click();
  await expect(widget.getByText(/\(5 mass-convert jobs for 224 leads, 2 individual conversions\)/)).toBeVisible();

  await widget.getByRole('switch', { name: 'Create a deal' }).check();
  await widget.getByRole('region', { name: 'Options for all leads' }).scrollIntoViewIfNeeded();
  await popupScreenshot(page, 'bulk-options');
  await widget.getByRole('switch', { name: 'Create a deal' }).uncheck();

  await widget.getByRole('button', { name: 'Convert 226 leads' }).click();
  const overall = widget.getByRole('progressbar', { name: 'Overall progress' });
  await expect(overall).toBeVisible();
  await expect(widget.getByText(/^Job 1 of 5 · 50 leads · /)).toBeVisible();
  await expect(widget.getByText(/Job \d of 5 · \d+ leads · in progress/).first()).toBeVisible({ timeout: 20_000 });
  await popupScreenshot(page, 'bulk-running');

  const summary = widget.getByText(/^\d+ leads converted · \d+ failed · \d+ skipped$/);
  await expect(summary).toBeVisible({ timeout: 90_000 });
  await popupScreenshot(page, 'bulk-results');

  const log = await requestLog(page);
  const massSubmits = log.filter((entry) => entry.operation === 'massConvert');
  expect(massSubmits).toHaveLength(Math.ceil(224 / 50));
  const singles = log.filter((entry) => entry.operation === 'convert').map((entry) => entry.path);
  expect(singles).toHaveLength(2);
  expect(singles.some((path) => path.includes(bulkLeadId(7)))).toBe(true);
  expect(singles.some((path) => path.includes(bulkLeadId(17)))).toBe(true);

  const [, converted, failed] = /^(\d+) leads converted · (\d+) failed/.exec((await summary.textContent()) ?? '') ?? [];
  const nowConverted = convertedIds((await orgSnapshot(page)).leads).filter((id) => !before.includes(id));
  expect(Number(converted)).toBe(nowConverted.length);
  expect(Number(converted) + Number(failed)).toBe(226);
});
