// Pictures of the single-lead flow for people to look at (test-results/screenshots/single-*.png): the popup
// at its default size, as the rep sees it. Not a visual diff; each picture waits for its screen to settle.
import { expect, test } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { widgetPopup } from '../support/e2e/demo-page';
import {
  fillDeal,
  openLeadWidget,
  popupScreenshot,
  resultHeading,
  reviewAndConvert,
  reviewRegion,
  section,
} from '../support/e2e/single-conversion';

const KAIZEN = { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' };
const DEFAULT_POPUP_WIDTH = 900;

test('Case I, screen by screen: resolution, deal, review, result', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await expect(section(widget, 'Contact').getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
  await expect(section(widget, 'Account').getByRole('radio', { name: 'Add to Zylker Biotech' })).toBeChecked();
  expect((await widgetPopup(page).boundingBox())?.width).toBe(DEFAULT_POPUP_WIDTH);
  await popupScreenshot(page, 'single-resolution');

  await fillDeal(widget, { name: 'Zylker Deal', closing: '2024-10-20', pipeline: 'Standard (Standard)', stage: 'Negotiation/Review', amount: '20000000' });
  await widget.getByRole('checkbox', { name: 'Notify the lead owner' }).check();
  await widget.getByRole('checkbox', { name: 'Notify the new owner' }).check();
  const deal = widget.getByRole('region', { name: 'Deal' });
  await deal.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(deal.getByLabel(/^Amount/)).toBeInViewport();
  await popupScreenshot(page, 'single-deal');

  await widget.getByRole('button', { name: 'Review' }).click();
  await expect(reviewRegion(widget)).toContainText('Zylker Deal');
  await popupScreenshot(page, 'single-review');

  await reviewRegion(widget).getByRole('button', { name: 'Convert' }).click();
  await expect(widget.getByRole('button', { name: 'Deal: Zylker Deal' })).toBeVisible();
  await expect(resultHeading(widget)).toBeFocused();
  await popupScreenshot(page, 'single-result');
});

test('loading: the skeleton shaped like the screen', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, latencyMs: 5000 });
  await expect(widget.locator('.skeleton__section').first()).toBeVisible();
  await popupScreenshot(page, 'single-loading');
});

test('compare dialog', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await section(widget, 'Contact').getByRole('button', { name: /Compare/ }).last().click();
  await expect(widget.getByRole('dialog')).toBeVisible();
  await popupScreenshot(page, 'single-compare');
});

test('DUPLICATE_DATA error', async ({ page }) => {
  const widget = await openLeadWidget(page, KAIZEN);
  await section(widget, 'Contact').getByRole('radio', { name: /Create new contact/ }).check();
  await reviewAndConvert(widget);
  const alert = widget.getByRole('alert');
  await expect(alert.getByRole('button', { name: 'Add to this contact instead' })).toBeVisible();
  await expect(alert).toBeFocused();
  await popupScreenshot(page, 'single-duplicate-error');
});

test('eligibility: already converted', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.converted });
  await expect(widget.getByRole('heading', { name: 'Already converted' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Open the deal' })).toBeVisible();
  await popupScreenshot(page, 'single-eligibility-converted');
});
