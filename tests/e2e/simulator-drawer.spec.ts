// The "Simulator" drawer drives the simulated CRM the widget talks to: a fault armed there hits the
// widget's next convert call once, and the request log shows it.
import { expect, test } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { openDemo, openWidgetFromLeadDetail, widgetFrameHandle } from '../support/e2e/demo-page';

test('a fault armed in the drawer hits the next convert call once and is logged', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  await page.getByRole('button', { name: 'Simulator' }).click();
  const rateLimit = page.getByRole('checkbox', { name: '429 Too many requests' });
  await rateLimit.check();

  const widget = await openWidgetFromLeadDetail(page, 'Pat Boyle');
  await expect(widget.getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();
  // Stands in for the widget's convert button: the same zrc call, made inside the widget frame.
  const frame = await widgetFrameHandle(page);
  const status = await frame.evaluate(async (leadId) => {
    const zrc = Reflect.get(window, 'zrc') as { post(path: string, body: unknown): Promise<{ status: number }> };
    return zrc.post(`/crm/v7/Leads/${leadId}/actions/convert`, { data: [{ overwrite: false }] }).then(
      (response) => response.status,
      (error: { status?: number }) => error.status,
    );
  }, KAIZEN_IDS.lead);
  expect(status).toBe(429);

  await page.getByRole('button', { name: 'Close widget' }).click();
  const log = page.getByRole('table', { name: 'Request log' });
  await expect(log.getByRole('row').filter({ hasText: '/actions/convert' })).toContainText('429');
  await expect(rateLimit).not.toBeChecked();
});
