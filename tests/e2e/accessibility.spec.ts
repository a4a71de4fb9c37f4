// Every screen of the widget passes axe (WCAG 2.0/2.1 A + AA and best practices) with zero violations.
// Each test reaches its screen the way a rep would (demo page, simulated CRM), then scans the widget frame.
import { expect, test, type Page } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { expectNoAxeViolations } from '../support/e2e/axe';
import { CONVERT_BUTTON, openDemo, widgetFrame, widgetPopup } from '../support/e2e/demo-page';
import { fillDeal, openLeadWidget, resultHeading, reviewAndConvert, reviewRegion, section } from '../support/e2e/single-conversion';

const KAIZEN = { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' };

test('loading', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, latencyMs: 5000 });
  await expect(widget.getByRole('status').filter({ hasText: /Loading/ }).first()).toBeAttached();
  await expectNoAxeViolations(page, 'loading');
});

test('eligibility (already converted)', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.converted });
  await expect(widget.getByRole('heading', { name: 'Already converted' })).toBeVisible();
  await expectNoAxeViolations(page, 'eligibility');
});

test('resolution', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await expect(section(widget, 'Contact').getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
  await expectNoAxeViolations(page, 'resolution');
});

test('resolution with locked, read-only and other-account matches', async ({ page }) => {
  for (const [leadId, leadName] of [
    [SHOWCASE_IDS.lockedMatch, 'Liam Lockedmatch'],
    [SHOWCASE_IDS.otherAccount, 'Dora Different'],
  ] as const) {
    const widget = await openLeadWidget(page, { scenario: 'showcase', leadId, leadName });
    await expect(section(widget, 'Contact')).toBeVisible();
    await expectNoAxeViolations(page, `resolution (${leadName})`);
  }
});

test('compare dialog', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await section(widget, 'Contact').getByRole('button', { name: /Compare/ }).first().click();
  await expect(widget.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'compare');
});

test('deal section', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await widget.getByRole('switch', { name: 'Create a deal' }).click();
  await expect(widget.getByLabel(/^Pipeline/)).toBeVisible();
  await expectNoAxeViolations(page, 'deal');
  // With the validation messages shown (Review with an empty required field).
  await widget.getByLabel(/^Deal Name/i).fill('');
  await widget.getByRole('button', { name: 'Review' }).click();
  await expect(widget.getByLabel(/^Deal Name/i)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'deal with errors');
});

test('review and result', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await fillDeal(widget, { name: 'Zylker Deal', closing: '2024-10-20', pipeline: 'Standard (Standard)', stage: 'Negotiation/Review', amount: '20000000' });
  await widget.getByRole('button', { name: 'Review' }).click();
  await expect(reviewRegion(widget)).toContainText('Zylker Deal');
  await expectNoAxeViolations(page, 'review');
  await reviewRegion(widget).getByRole('button', { name: 'Convert' }).click();
  await expect(resultHeading(widget)).toBeVisible();
  await expectNoAxeViolations(page, 'result');
});

test('convert error (DUPLICATE_DATA)', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await section(widget, 'Contact').getByRole('radio', { name: /Create new contact/ }).check();
  await reviewAndConvert(widget);
  await expect(widget.getByRole('alert').getByRole('button', { name: 'Add to this contact instead' })).toBeVisible();
  await expectNoAxeViolations(page, 'convert error');
});

async function openBulk(page: Page) {
  await openDemo(page, { scenario: 'showcase' });
  for (const name of ['Pat Boyle', 'Nina Nomatch', 'Sol Solo', 'Cody Converted']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetPopup(page)).toBeVisible();
  const widget = widgetFrame(page);
  await expect(widget.getByRole('table', { name: 'Selected leads and what will happen to each' })).toBeVisible();
  return widget;
}

test('bulk review, row review, progress and results', async ({ page }) => {
  const widget = await openBulk(page);
  await expectNoAxeViolations(page, 'bulk review');

  await widget.getByRole('button', { name: 'Review Pat Boyle' }).click();
  await expect(widget.getByRole('button', { name: 'Use this choice' })).toBeVisible();
  await expectNoAxeViolations(page, 'bulk row review');
  await widget.getByRole('button', { name: 'Use this choice' }).click();

  await page.evaluate(() => (Reflect.get(window, '__leadConvertDemo') as { setLatency(ms: number): void }).setLatency(1500));
  await widget.getByRole('button', { name: /^Convert \d+ leads?$/ }).click();
  await expect(widget.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
  await expectNoAxeViolations(page, 'bulk progress');

  await page.evaluate(() => (Reflect.get(window, '__leadConvertDemo') as { setLatency(ms: number): void }).setLatency(0));
  await expect(widget.getByText(/^\d+ leads? converted · \d+ failed · \d+ skipped$/)).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, 'bulk results');
});
