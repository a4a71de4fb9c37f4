// Saves pictures of the demo for people to look at (test-results/screenshots/*.png). Not a visual diff.
import { expect, test, type Page } from '@playwright/test';
import { CONVERT_BUTTON, openDemo, openWidgetFromLeadDetail, widgetFrame } from '../support/e2e/demo-page';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

test('screenshots of the demo page and the open widget', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  await expect(page.getByRole('button', { name: 'Pat Boyle', exact: true })).toBeVisible();
  await shot(page, '01-leads-list');

  const widget = await openWidgetFromLeadDetail(page, 'Pat Boyle');
  await expect(widget.getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();
  await expect(widget.getByText(/matching contact/)).toBeVisible();
  await shot(page, '02-widget-open');

  await page.getByRole('button', { name: 'Close widget' }).click();
  await shot(page, '03-lead-detail');

  await page.getByRole('button', { name: 'Simulator' }).click();
  await expect(page.getByRole('table', { name: 'Request log' })).toBeVisible();
  await shot(page, '04-simulator-drawer');

  await page.getByRole('navigation', { name: 'Modules' }).getByRole('button', { name: /^Contacts/ }).click();
  await shot(page, '05-contacts');

  await openDemo(page, { scenario: 'showcase' });
  for (const name of ['Pat Boyle', 'Nina Nomatch', 'Tara Tagged']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await shot(page, '06-showcase-leads-selected');

  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetFrame(page).getByText('3 leads selected')).toBeVisible();
  await shot(page, '07-bulk-widget-open');

  await page.getByRole('button', { name: 'Close widget' }).click();
  await page.getByRole('button', { name: 'Tara Tagged', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Tags' })).toBeVisible();
  await shot(page, '08-lead-with-tags');
});
