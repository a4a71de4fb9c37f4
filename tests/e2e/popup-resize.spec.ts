// The widget sizes its popup to its content through ZOHO.CRM.UI.Resize (height within [400, 800], width kept
// at the popup's), and the demo's CRM popup follows. The Resize calls are read as the stand-in SDK forwards
// them to the page playing CRM (its postMessage channel), so the count and the values are what CRM would get.
import { expect, test, type Page } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { WIDGET_FRAME_TITLE, widgetPopup } from '../support/e2e/demo-page';
import { fillDeal, openLeadWidget, resultHeading, reviewAndConvert } from '../support/e2e/single-conversion';

type Size = { width?: unknown; height?: unknown };
const RECORD = '__resizeCalls';

/** Records every ZOHO.CRM.UI.Resize the widget frame sends to the top page. */
async function recordResizeCalls(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    if (window !== window.top) return;
    const calls: unknown[] = [];
    Reflect.set(window, key, calls);
    window.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { kind?: unknown; type?: unknown; call?: { action?: unknown; data?: unknown } } | null;
      if (data?.type === 'request' && data.kind === 'ui' && data.call?.action === 'Resize') calls.push(data.call.data);
    });
  }, RECORD);
}

const resizeCalls = (page: Page) => page.evaluate((key) => Reflect.get(window, key) as Size[], RECORD);
const frameHeight = async (page: Page) => (await page.locator(`iframe[title="${WIDGET_FRAME_TITLE}"]`).boundingBox())?.height;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 1000 });
  await recordResizeCalls(page);
});

test('a long screen grows the popup to the 800px cap, keeping its width, with a handful of calls', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' });
  const width = (await widgetPopup(page).boundingBox())?.width;
  await expect.poll(() => frameHeight(page)).toBe(800);
  const calls = await resizeCalls(page);
  expect(calls.at(-1)).toEqual({ width, height: 800 });
  for (const call of calls) {
    expect(call.width).toBe(width);
    expect(Number(call.height)).toBeGreaterThanOrEqual(400);
    expect(Number(call.height)).toBeLessThanOrEqual(800);
  }
  // Settled: no further calls while nothing changes (no resize loop).
  const settled = calls.length;
  expect(settled).toBeLessThanOrEqual(4);
  await page.waitForTimeout(1000);
  expect(await resizeCalls(page)).toHaveLength(settled);

  // The result screen is short: the popup shrinks to it, not below 400.
  await fillDeal(widget, { name: 'Zylker Deal', closing: '2024-10-20', pipeline: 'Standard (Standard)', stage: 'Negotiation/Review', amount: '2000' });
  await reviewAndConvert(widget);
  await expect(resultHeading(widget)).toBeVisible();
  await expect.poll(async () => (await resizeCalls(page)).at(-1)?.height).toBeLessThan(800);
  const last = Number((await resizeCalls(page)).at(-1)?.height);
  expect(last).toBeGreaterThanOrEqual(400);
  await expect.poll(() => frameHeight(page)).toBe(last);
});

test('a short screen (already converted) asks for the 400px floor', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.converted });
  await expect(widget.getByRole('heading', { name: 'Already converted' })).toBeVisible();
  await expect.poll(async () => (await resizeCalls(page)).at(-1)?.height).toBe(400);
  await expect.poll(() => frameHeight(page)).toBe(400);
});
