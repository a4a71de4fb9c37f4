// Every screen of the widget passes axe (WCAG 2.0/2.1 A + AA and best practices) with zero violations.
// Each test reaches its screen the way a rep would (demo page, simulated CRM), then scans the widget frame.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { expectNoAxeViolations } from '../support/e2e/axe';
import { CONVERT_BUTTON, openDemo, openWidgetFromLeadDetail, widgetFrame, widgetPopup } from '../support/e2e/demo-page';
import { armFault, fillDeal, openLeadWidget, resultHeading, reviewAndConvert, reviewRegion, section } from '../support/e2e/single-conversion';

const KAIZEN = { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' };
const GERMAN = 'de_DE';

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

test('eligibility (locked, awaiting approval)', async ({ page }) => {
  for (const [leadId, heading] of [
    [SHOWCASE_IDS.locked, 'Locked'],
    [SHOWCASE_IDS.unapproved, 'Waiting for approval'],
  ] as const) {
    const widget = await openLeadWidget(page, { scenario: 'showcase', leadId });
    await expect(widget.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, `eligibility (${heading})`);
  }
});

test('read errors: the lead, and its conversion options, could not be read', async ({ page }) => {
  // An answer the widget does not understand is not retried by itself: the rep sees the panel with Try again.
  for (const [operation, title] of [
    ['getLead', 'The lead could not be read.'],
    ['conversionOptions', 'Something went wrong'],
  ] as const) {
    await openDemo(page, { scenario: 'kaizen-137' });
    await armFault(page, { kind: 'malformed-body', operation });
    const widget = await openWidgetFromLeadDetail(page, 'Pat Boyle');
    const alert = widget.getByRole('alert');
    await expect(alert.getByRole('heading', { name: title })).toBeVisible();
    await expect(alert).toContainText('Zoho CRM sent an answer Lead Convert does not understand.');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectNoAxeViolations(page, `${operation} error`);
  }
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

const MIA = { scenario: 'showcase', leadId: SHOWCASE_IDS.mergeFields };
const miaTable = (widget: FrameLocator) => widget.getByRole('region', { name: 'Contact Mia Merge: fields that differ from the lead' });

/** Mia Merge's contact differs in Phone, Title and Description: take the lead's Phone and Title. */
async function mergeMia(widget: FrameLocator) {
  await expect(section(widget, 'Contact').getByRole('radio', { name: 'Add to Mia Merge' })).toBeChecked();
  await expect(miaTable(widget).getByRole('table')).toBeVisible();
  for (const field of ['Phone', 'Title']) await miaTable(widget).getByRole('radiogroup', { name: `Value for ${field}` }).getByRole('radio', { name: 'Lead’s' }).check();
}

test('merge table and the review listing the field changes', async ({ page }) => {
  const widget = await openLeadWidget(page, MIA);
  await mergeMia(widget);
  await expectNoAxeViolations(page, 'merge table');
  await widget.getByRole('button', { name: 'Review' }).click();
  await expect(reviewRegion(widget)).toContainText('After converting, 3 fields of the contact Mia Merge will be updated:');
  await expectNoAxeViolations(page, 'review with field changes');
});

test('record search with results', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.searchOnly });
  await widget.getByRole('searchbox', { name: 'Search for another contact' }).fill('+1 415 555 0142');
  await expect(widget.getByRole('listitem', { name: 'Sara Searchme' }).getByRole('button', { name: 'Choose Sara Searchme' })).toBeVisible();
  await expectNoAxeViolations(page, 'search results');
});

test('result with a failed update', async ({ page }) => {
  await openDemo(page, { scenario: 'showcase' });
  await armFault(page, { kind: 'server-error', operation: 'updateRecord' });
  const widget = await openWidgetFromLeadDetail(page, 'Mia Merge');
  await mergeMia(widget);
  await reviewAndConvert(widget);
  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('alert').getByRole('button', { name: 'Retry the update' })).toBeVisible();
  await expectNoAxeViolations(page, 'update failed');
});

test('resolution in German', async ({ page }) => {
  const widget = await openLeadWidget(page, { ...KAIZEN, locale: GERMAN });
  await expect(widget.getByRole('group', { name: 'Kontakt' }).getByRole('radio', { name: 'Hinzufügen zu Pat Boyle' })).toBeChecked();
  await expectNoAxeViolations(page, 'resolution (German)');
});

async function openBulk(page: Page, locale?: string) {
  await openDemo(page, { scenario: 'showcase', ...(locale ? { locale } : {}) });
  for (const name of ['Pat Boyle', 'Nina Nomatch', 'Sol Solo', 'Cody Converted']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetPopup(page)).toBeVisible();
  const widget = widgetFrame(page);
  const tableName = locale === GERMAN ? 'Ausgewählte Leads und was mit jedem geschieht' : 'Selected leads and what will happen to each';
  await expect(widget.getByRole('table', { name: tableName })).toBeVisible();
  return widget;
}

test('bulk review in German', async ({ page }) => {
  const widget = await openBulk(page, GERMAN);
  await expect(widget.getByRole('heading', { level: 1, name: '4 Leads ausgewählt' })).toBeVisible();
  await expectNoAxeViolations(page, 'bulk review (German)');
});

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
