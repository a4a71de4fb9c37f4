// Saves pictures of the demo for people to look at (test-results/screenshots/*.png). Not a visual diff.
import { expect, test, type Page } from '@playwright/test';
import { openDemo, openWidgetFromLeadDetail } from '../support/e2e/demo-page';

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
  await shot(page, '06-showcase-leads');
});
