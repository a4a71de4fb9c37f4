// Closing the popup in the middle of a bulk run and opening it again, in a real browser: the run journal in
// localStorage makes the reopened widget follow the job Zoho already accepted instead of submitting it again.
import { expect, test } from '@playwright/test';
import { CONVERT_BUTTON, openDemo, widgetFrame, widgetPopup } from '../support/e2e/demo-page';
import { orgSnapshot, popupScreenshot, requestLog } from '../support/e2e/single-conversion';

const SELECTED = 60;

test('bulk: closed mid-run and reopened, the run is followed up from the journal; no lead submitted twice', async ({ page }) => {
  test.setTimeout(90_000);
  // Latency keeps the run going long enough to close the popup in the middle of it.
  await openDemo(page, { scenario: 'bulk-300', latencyMs: 150 });
  const boxes = page.getByRole('checkbox', { name: /^Select (?!all leads)/ });
  for (let i = 0; i < SELECTED; i += 1) await boxes.nth(i).check();
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  const widget = widgetFrame(page);
  await expect(widget.getByRole('table', { name: 'Selected leads and what will happen to each' })).toBeVisible({ timeout: 30_000 });
  await widget.getByRole('button', { name: 'Skip all needing review' }).click();
  await widget.getByRole('button', { name: /^Convert \d+ leads$/ }).click();
  await expect(widget.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();

  // Zoho accepted the first job: close the popup now (its JavaScript is gone; the job keeps running in CRM).
  await expect.poll(async () => (await requestLog(page)).filter((entry) => entry.operation === 'massConvert' && entry.status === 202).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Close widget' }).click();
  await expect(widgetPopup(page)).toBeHidden();
  const journals = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lead-convert.bulk-journal.')));
  expect(journals).toHaveLength(1);

  // The same selection, opened again: the widget follows up the run rather than starting one.
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetPopup(page)).toBeVisible();
  await expect(widget.getByText('Following up the run started earlier; nothing is sent to Zoho twice.')).toBeVisible({ timeout: 15_000 });
  await popupScreenshot(page, 'bulk-resumed');
  const summary = widget.getByText(/^\d+ leads? converted · \d+ failed · \d+ skipped$/);
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await popupScreenshot(page, 'bulk-resumed-results');

  const log = await requestLog(page);
  const submitted = log.filter((entry) => entry.operation === 'massConvert').flatMap((entry) => (entry.body as { ids: string[] }).ids);
  expect(submitted.length).toBeGreaterThan(0);
  expect(new Set(submitted).size).toBe(submitted.length);
  const converted = new Set((await orgSnapshot(page)).leads.filter((lead) => lead.$converted === true).map((lead) => lead.id));
  // Every lead the closed popup sent is converted, by that one job.
  expect(submitted.filter((id) => !converted.has(id))).toEqual([]);
  await expect.poll(async () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lead-convert.bulk-journal.')).length)).toBe(0);
});
