// The demo page's side of ZOHO.CRM.UI.*: the calls are made from inside the widget frame through the
// stand-in SDK, exactly as the widget makes them, and the fake CRM page must react as CRM does.
import { expect, test, type Page } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { openDemo, openWidgetFromLeadDetail, widgetFrameHandle, widgetPopup } from '../support/e2e/demo-page';

type UiCall = 'Resize' | 'Popup.close' | 'Popup.closeReload' | 'Record.open';

/**
 * Calls ZOHO.CRM.UI.<name>(argument) inside the widget frame. It does not wait for the SDK's promise:
 * closing calls remove the frame, as in CRM, so their promise never settles in a frame that still exists.
 */
async function callWidgetUi(page: Page, name: UiCall, argument?: unknown): Promise<void> {
  const frame = await widgetFrameHandle(page);
  await frame.evaluate(
    ([path, arg]) => {
      let target: unknown = Reflect.get(window, 'ZOHO');
      for (const key of ['CRM', 'UI', ...path.split('.')]) target = Reflect.get(target as object, key);
      void (target as (value?: unknown) => Promise<unknown>)(arg);
    },
    [name, argument] as const,
  );
}

test.beforeEach(async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  const widget = await openWidgetFromLeadDetail(page, 'Pat Boyle');
  await expect(widget.getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();
});

test('Resize resizes the popup within the viewport', async ({ page }) => {
  const frame = page.locator('iframe[title="Lead Convert widget"]');
  // The widget first sizes the popup to its content itself (tests/e2e/popup-resize.spec.ts); wait for that, so
  // it cannot land after the call below.
  await expect.poll(async () => (await frame.boundingBox())?.height).not.toBe(640);
  await callWidgetUi(page, 'Resize', { width: 640, height: 420 });
  await expect.poll(async () => (await frame.boundingBox())?.height).toBe(420);
  expect((await widgetPopup(page).boundingBox())?.width).toBe(640);

  await callWidgetUi(page, 'Resize', { width: '5000', height: '5000' });
  const viewport = page.viewportSize();
  await expect.poll(async () => (await widgetPopup(page).boundingBox())?.width).toBeLessThanOrEqual((viewport?.width ?? 0) - 32);
  const popupBox = await widgetPopup(page).boundingBox();
  expect((popupBox?.y ?? 0) + (popupBox?.height ?? 0)).toBeLessThanOrEqual(viewport?.height ?? 0);
});

test('Record.open shows the record on the page', async ({ page }) => {
  await callWidgetUi(page, 'Record.open', { Entity: 'Contacts', RecordID: KAIZEN_IDS.contactPatBoyle });
  await expect(widgetPopup(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Pat Boyle' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contact Information' })).toBeVisible();
});

test('Popup.closeReload closes the popup and reloads the page', async ({ page }) => {
  await callWidgetUi(page, 'Popup.closeReload');
  await expect(widgetPopup(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'reloaded' })).toBeVisible();
});

test('Popup.close closes the popup', async ({ page }) => {
  await callWidgetUi(page, 'Popup.close');
  await expect(widgetPopup(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Pat Boyle' })).toBeVisible();
});
