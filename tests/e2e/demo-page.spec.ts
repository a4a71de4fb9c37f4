import { expect, test } from '@playwright/test';
import {
  CONVERT_BUTTON,
  ZOHO_SDK_CDN_URL,
  openDemo,
  openWidgetFromLeadDetail,
  widgetFrame,
  widgetFrameHandle,
  widgetPopup,
} from '../support/e2e/demo-page';

test('the kaizen-137 lead opens the widget from its detail page with its duplicates', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  await expect(page.getByRole('button', { name: 'Pat Boyle', exact: true })).toBeVisible();

  const widget = await openWidgetFromLeadDetail(page, 'Pat Boyle');

  await expect(widget.getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();
  await expect(widget.getByText('2 matching contacts')).toBeVisible();
  await expect(widget.getByText('1 matching account')).toBeVisible();
});

test('the stand-in SDK is served in place of the CDN script', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  const widget = await openWidgetFromLeadDetail(page, 'Pat Boyle');
  await expect(widget.getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();

  await expect(widget.locator(`script[src="${ZOHO_SDK_CDN_URL}"]`)).toHaveCount(1);
  const frame = await widgetFrameHandle(page);
  const sdk = await frame.evaluate(() => ({
    zoho: typeof Reflect.get(window, 'ZOHO'),
    controlled: navigator.serviceWorker.controller !== null,
  }));
  expect(sdk).toEqual({ zoho: 'object', controlled: true });
});

test('the list view mass action opens the widget for the selected leads', async ({ page }) => {
  await openDemo(page, { scenario: 'showcase' });
  const convert = page.getByRole('button', { name: CONVERT_BUTTON });
  await expect(convert).toBeDisabled();

  const rows = page.getByRole('checkbox', { name: /^Select (?!all)/ });
  for (const index of [0, 1, 2]) await rows.nth(index).check();
  await expect(page.getByText('3 selected')).toBeVisible();
  await convert.click();

  await expect(widgetPopup(page)).toBeVisible();
  await expect(widgetFrame(page).getByText('3 leads selected')).toBeVisible();
});

test('the org panels show the simulated org’s contacts, accounts and deals', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  const modules = page.getByRole('navigation', { name: 'Modules' });

  await modules.getByRole('button', { name: /^Contacts/ }).click();
  await expect(page.getByRole('heading', { name: /All Contacts/ })).toBeVisible();
  await expect(page.getByRole('table').getByRole('button', { name: 'Pat Boyle', exact: true })).toBeVisible();

  await modules.getByRole('button', { name: /^Accounts/ }).click();
  await expect(page.getByRole('table').getByRole('button', { name: 'Zylker Biotech', exact: true })).toBeVisible();

  await modules.getByRole('button', { name: /^Deals/ }).click();
  await expect(page.getByRole('heading', { name: /All Deals/ })).toBeVisible();
});

test('URL parameters open a lead and press its button', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  await page.getByRole('button', { name: 'Pat Boyle', exact: true }).click();
  await expect(page).toHaveURL(/[?&]lead=\d+/);
  const leadId = new URL(page.url()).searchParams.get('lead') ?? '';

  await openDemo(page, { scenario: 'kaizen-137', lead: leadId, open: true, latencyMs: 50 });
  await expect(page.getByRole('heading', { level: 1, name: 'Pat Boyle' })).toBeVisible();
  await expect(widgetPopup(page)).toBeVisible();
  await expect(widgetFrame(page).getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();
});

test('the scenario picker loads another org and keeps it in the URL', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('bulk-300');
  await expect(page).toHaveURL(/[?&]scenario=bulk-300(&|$)/);
  await expect(page.getByRole('heading', { name: /All Leads \(3\d\d\)/ })).toBeVisible();

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded scenario' })).toBeVisible();
});
