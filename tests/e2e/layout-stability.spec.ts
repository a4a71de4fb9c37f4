// No layout jump while data loads: the skeleton is shaped like the screen that replaces it (the lead summary
// with one "matches an existing …" line per field, then the Contact and Account sections), and long candidate
// lists scroll inside their section.
import { expect, test, type Locator } from '@playwright/test';
import { LARGE_MATCHES_COUNT, LARGE_MATCHES_LEAD_ID, LARGE_MATCHES_LEAD_NAME } from '../../app/host/simulator/scenarios/large-matches';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { openLeadWidget, section } from '../support/e2e/single-conversion';

const TOLERANCE_PX = 4;
/** One line of the summary's 12px hint text (line-height 1.45), plus the same tolerance. */
const ONE_HINT_LINE_PX = 12 * 1.45 + TOLERANCE_PX;

/** Where an element sits inside the widget's page (the popup itself may move when it resizes to fit). */
const boxInWidget = (locator: Locator) =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width };
  });

test('the Contact section appears where its skeleton stood', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.lockedMatch, latencyMs: 1500 });
  const skeletonSection = widget.locator('.skeleton__section').first();
  await expect(skeletonSection).toBeVisible();
  const skeleton = await boxInWidget(skeletonSection);

  const contact = section(widget, 'Contact');
  await expect(contact.getByRole('radio').first()).toBeVisible();
  const loaded = await boxInWidget(contact);
  expect(Math.abs(loaded.y - skeleton.y)).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs(loaded.x - skeleton.x)).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs(loaded.width - skeleton.width)).toBeLessThanOrEqual(TOLERANCE_PX);
});

test('when a summary value wraps, the sections move by that one line only', async ({ page }) => {
  // Pat Boyle's "matches an existing contact and account" wraps to a second line at the default popup width:
  // a skeleton cannot know that, so the sections below move by exactly that line and no more.
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, latencyMs: 1500 });
  const skeletonSection = widget.locator('.skeleton__section').first();
  await expect(skeletonSection).toBeVisible();
  const skeleton = await boxInWidget(skeletonSection);
  const contact = section(widget, 'Contact');
  await expect(contact.getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
  const moved = (await boxInWidget(contact)).y - skeleton.y;
  expect(moved).toBeGreaterThanOrEqual(-TOLERANCE_PX);
  expect(moved).toBeLessThanOrEqual(ONE_HINT_LINE_PX);
});

test('a hundred matches scroll inside their section, and arrows bring the checked card into view', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'large-matches', leadId: LARGE_MATCHES_LEAD_ID, leadName: LARGE_MATCHES_LEAD_NAME });
  const list = section(widget, 'Contact').getByRole('list').first();
  await expect(list.getByRole('radio')).toHaveCount(LARGE_MATCHES_COUNT + 1);
  const box = await list.evaluate((element) => ({ scroll: element.scrollHeight, client: element.clientHeight, overflow: getComputedStyle(element).overflowY }));
  expect(box.overflow).toBe('auto');
  expect(box.client).toBeLessThanOrEqual(480);
  expect(box.scroll).toBeGreaterThan(box.client * 4);
  // Keyboard: arrows move through the list and the scroll box follows the checked card.
  await list.getByRole('radio').first().focus();
  for (let step = 0; step < 10; step += 1) await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('radio').nth(10)).toBeChecked();
  await expect(list.getByRole('radio').nth(10)).toBeInViewport();
});
