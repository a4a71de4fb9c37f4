// No layout jump while data loads: the skeleton is shaped like the screen that replaces it (the lead summary
// with one "matches an existing …" line per field, then the Contact and Account sections).
import { expect, test } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { popupScreenshot, openLeadWidget, section } from '../support/e2e/single-conversion';

const TOLERANCE_PX = 4;
/** One line of the summary's 12px hint text (line-height 1.45), plus the same tolerance. */
const ONE_HINT_LINE_PX = 12 * 1.45 + TOLERANCE_PX;

test('the Contact section appears where its skeleton stood', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.lockedMatch, latencyMs: 1500 });
  const skeletonSection = widget.locator('.skeleton__section').first();
  await expect(skeletonSection).toBeVisible();
  const skeleton = await skeletonSection.boundingBox();
  await popupScreenshot(page, 'single-loading');

  const contact = section(widget, 'Contact');
  await expect(contact.getByRole('radio').first()).toBeVisible();
  const loaded = await contact.boundingBox();
  expect(Math.abs((loaded?.y ?? 0) - (skeleton?.y ?? 0))).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs((loaded?.x ?? 0) - (skeleton?.x ?? 0))).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs((loaded?.width ?? 0) - (skeleton?.width ?? 0))).toBeLessThanOrEqual(TOLERANCE_PX);
});

test('when a summary value wraps, the sections move by that one line only', async ({ page }) => {
  // Pat Boyle's "matches an existing contact and account" wraps to a second line at the default popup width:
  // a skeleton cannot know that, so the sections below move by exactly that line and no more.
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, latencyMs: 1500 });
  const skeletonSection = widget.locator('.skeleton__section').first();
  await expect(skeletonSection).toBeVisible();
  const skeleton = await skeletonSection.boundingBox();
  const contact = section(widget, 'Contact');
  await expect(contact.getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
  const moved = ((await contact.boundingBox())?.y ?? 0) - (skeleton?.y ?? 0);
  expect(moved).toBeGreaterThanOrEqual(-TOLERANCE_PX);
  expect(moved).toBeLessThanOrEqual(ONE_HINT_LINE_PX);
});
