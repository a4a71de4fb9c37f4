// A reload of the widget mid-flow (the rep's browser reloads the iframe, or CRM re-renders the popup) keeps the
// rep's choices for that lead; after the conversion the draft is gone.
import { expect, test } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { widgetFrameHandle } from '../support/e2e/demo-page';
import { convertItems, fillDeal, openLeadWidget, resultHeading, reviewAndConvert, section } from '../support/e2e/single-conversion';

const DRAFT_KEY = `lead-convert:draft:v1:${KAIZEN_IDS.lead}`;

test('the choices survive a reload of the widget iframe and are cleared after converting', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' });
  await section(widget, 'Contact').getByRole('radio', { name: 'Add to Boyle' }).check();
  await fillDeal(widget, { name: 'Reload Deal', closing: '2030-05-01', pipeline: 'Standard (Standard)', stage: 'Negotiation/Review', amount: '4321' });
  await widget.getByRole('checkbox', { name: 'Notify the new owner' }).check();

  const before = await widgetFrameHandle(page);
  await before.evaluate(() => Reflect.set(window, '__beforeReload', true));
  await before.evaluate(() => window.location.reload());
  await expect(widget.getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();
  // A fresh document: nothing survived in memory, only in session storage.
  expect(await (await widgetFrameHandle(page)).evaluate(() => Reflect.get(window, '__beforeReload') as unknown)).toBeUndefined();

  await expect(section(widget, 'Contact').getByRole('radio', { name: 'Add to Boyle' })).toBeChecked();
  await expect(widget.getByLabel(/^Deal Name/i)).toHaveValue('Reload Deal');
  await expect(widget.getByLabel(/^Amount/)).toHaveValue('4321');
  await expect(widget.getByRole('checkbox', { name: 'Notify the new owner' })).toBeChecked();

  await reviewAndConvert(widget);
  await expect(resultHeading(widget)).toBeVisible();
  expect(await convertItems(page)).toEqual([
    expect.objectContaining({ Contacts: { id: KAIZEN_IDS.contactBoyle }, notify_new_entity_owner: true, Deals: expect.objectContaining({ Deal_Name: 'Reload Deal', Amount: 4321 }) }),
  ]);
  const after = await widgetFrameHandle(page);
  expect(await after.evaluate((key) => window.sessionStorage.getItem(key), DRAFT_KEY)).toBeNull();
});
