// Convert when things go wrong, in the browser: Zoho's DUPLICATE_DATA, an answer lost after Zoho committed,
// and impatient clicks. The rule throughout: never convert twice.
import { expect, test, type FrameLocator } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { openDemo, openWidgetFromLeadDetail, widgetPopup } from '../support/e2e/demo-page';
import {
  convertItems,
  convertRequests,
  openLeadWidget,
  orgSnapshot,
  requestLog,
  resultHeading,
  reviewAndConvert,
  reviewRegion,
  section,
} from '../support/e2e/single-conversion';

test('DUPLICATE_DATA: the widget offers the contact Zoho found, and converting into it succeeds', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' });
  const contactsBefore = (await orgSnapshot(page)).contacts.length;

  await section(widget, 'Contact').getByRole('radio', { name: /Create new contact/ }).check();
  await reviewAndConvert(widget);

  const alert = widget.getByRole('alert');
  await expect(alert).toContainText('Creating a new record would duplicate one that already exists in Zoho CRM.');
  await expect(alert).toContainText('Pat Boyle');
  await alert.getByRole('button', { name: 'Add to this contact instead' }).click();

  // Back on the review with the new choice; the rep confirms again.
  const review = reviewRegion(widget);
  await expect(review).toContainText('added to the existing contact Pat Boyle');
  await review.getByRole('button', { name: 'Convert' }).click();

  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Contact: Pat Boyle' })).toBeVisible();
  const converts = await convertRequests(page);
  expect(converts.map((entry) => entry.status)).toEqual([400, 200]);
  const items = await convertItems(page);
  expect(items[0]).not.toHaveProperty('Contacts');
  expect(items[1]).toMatchObject({ Contacts: { id: KAIZEN_IDS.contactPatBoyle } });
  const org = await orgSnapshot(page);
  expect(org.contacts).toHaveLength(contactsBefore);
  expect(org.leads.filter((lead) => lead.$converted === true).map((lead) => lead.id)).toEqual([KAIZEN_IDS.lead]);
});

test('an answer lost after Zoho committed: the widget reads the lead again and shows the result, converting once', async ({ page }) => {
  // Case II's org, creating a new contact: a second convert would show as a second new contact.
  await openDemo(page, { scenario: 'kaizen-137-case-2' });
  await page.getByRole('button', { name: 'Simulator' }).click();
  const lostAfterCommit = page.getByRole('checkbox', { name: 'Answer lost after commit' });
  await lostAfterCommit.check();
  const contactsBefore = (await orgSnapshot(page)).contacts.length;

  const widget = await openWidgetFromLeadDetail(page, 'Pat Boyle');
  await section(widget, 'Contact').getByRole('radio', { name: /Create new contact/ }).check();
  await section(widget, 'Account').getByRole('radio', { name: /Create new account/ }).check();
  await reviewAndConvert(widget);

  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Contact: Pat Boyle' })).toBeVisible();

  const converts = await convertRequests(page);
  expect(converts).toHaveLength(1);
  expect(converts[0]).toMatchObject({ outcome: 'lost', fault: 'lost-after-commit', status: undefined });
  const log = await requestLog(page);
  const convertSeq = converts[0]?.seq ?? 0;
  expect(log.filter((entry) => entry.operation === 'getLead' && entry.seq > convertSeq), 'the lead is read again').not.toHaveLength(0);

  const org = await orgSnapshot(page);
  expect(org.contacts).toHaveLength(contactsBefore + 1);
  expect(org.contacts.filter((contact) => contact.First_Name === 'Pat' && contact.Last_Name === 'Boyle')).toHaveLength(2);

  // The drawer tells the same story: one convert call, its answer lost, the fault used up.
  await widget.getByRole('button', { name: 'Done' }).click();
  await expect(widgetPopup(page)).toBeHidden();
  const convertRows = page.getByRole('table', { name: 'Request log' }).getByRole('row').filter({ hasText: '/actions/convert' });
  await expect(convertRows).toHaveCount(1);
  await expect(convertRows).toContainText('lost');
  await expect(lostAfterCommit).not.toBeChecked();
});

// Latency keeps the convert call in flight while the rep keeps pressing.
const SLOW = { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle', latencyMs: 300 };

async function convertButtonOnReview(widget: FrameLocator) {
  await widget.getByRole('button', { name: 'Review' }).click();
  const convert = reviewRegion(widget).getByRole('button', { name: 'Convert' });
  await expect(convert).toBeEnabled();
  return convert;
}

test('a double click on Convert sends one request', async ({ page }) => {
  const widget = await openLeadWidget(page, SLOW);
  await (await convertButtonOnReview(widget)).dblclick();

  await expect(resultHeading(widget)).toBeVisible();
  expect(await convertRequests(page)).toHaveLength(1);
});

test('two clicks in the same task, before the button can re-render, send one request', async ({ page }) => {
  const widget = await openLeadWidget(page, SLOW);
  await (await convertButtonOnReview(widget)).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });

  await expect(resultHeading(widget)).toBeVisible();
  expect(await convertRequests(page)).toHaveLength(1);
});

test('Enter pressed repeatedly on Convert sends one request', async ({ page }) => {
  const widget = await openLeadWidget(page, SLOW);
  const convert = await convertButtonOnReview(widget);
  await convert.focus();
  await page.keyboard.down('Enter');
  // Held down: the keyboard repeats.
  for (let repeat = 0; repeat < 4; repeat += 1) await page.keyboard.down('Enter');
  await page.keyboard.up('Enter');
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Enter');

  await expect(resultHeading(widget)).toBeVisible();
  // Whatever the keys did after the result appeared, no second convert went out.
  await page.keyboard.press('Enter');
  expect(await convertRequests(page)).toHaveLength(1);
  expect((await orgSnapshot(page)).leads.filter((lead) => lead.$converted === true)).toHaveLength(1);
});
