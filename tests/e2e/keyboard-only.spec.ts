// The whole single flow and a bulk pass with the keyboard alone: no click(), no mouse, only page.keyboard.
// Opening the widget is part of it: Tab to the lead on the demo's Leads list, Enter, Tab to the button, Enter.
import { expect, test, type Page } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { CONVERT_BUTTON, openDemo, widgetFrame, widgetFrameHandle, widgetPopup } from '../support/e2e/demo-page';
import { expectVisibleFocus, focusedIn, tabTo } from '../support/e2e/keyboard';
import { convertItems, orgSnapshot, resultHeading, reviewRegion, section } from '../support/e2e/single-conversion';

async function openFromListByKeyboard(page: Page, leadName: string) {
  const demo = page.mainFrame();
  await tabTo(page.keyboard, demo, 'button', new RegExp(`^${leadName}$`));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: leadName })).toBeVisible();
  await tabTo(page.keyboard, demo, 'button', new RegExp(`^${CONVERT_BUTTON.replace(/[()]/g, '\\$&')}$`));
  await expectVisibleFocus(demo, 'button', /Convert/);
  await page.keyboard.press('Enter');
  await expect(widgetPopup(page)).toBeVisible();
}

test('Pat Boyle converted end to end with the keyboard alone', async ({ page }) => {
  await openDemo(page, { scenario: 'kaizen-137' });
  await openFromListByKeyboard(page, 'Pat Boyle');
  const widget = widgetFrame(page);
  await expect(widget.getByRole('heading', { name: 'Pat Boyle' })).toBeVisible();
  const frame = await widgetFrameHandle(page);
  const { keyboard } = page;

  // Contact group: Tab lands on the checked radio; arrows move the choice, as in any radio group.
  const contacts = section(widget, 'Contact');
  await tabTo(keyboard, frame, 'radio', /Pat Boyle/);
  await expectVisibleFocus(frame, 'radio', /Pat Boyle/);
  await keyboard.press('ArrowUp');
  await expect(contacts.getByRole('radio', { name: 'Add to Boyle' })).toBeChecked();
  await keyboard.press('ArrowDown');
  await expect(contacts.getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
  await expect(section(widget, 'Account').getByRole('radio', { name: 'Add to Zylker Biotech' })).toBeChecked();

  // Compare opens a dialog with focus inside; Escape closes it and focus returns to its Compare button.
  await tabTo(keyboard, frame, 'button', /^Compare/);
  const compareName = (await focusedIn(frame)).name;
  await keyboard.press('Enter');
  await expect(widget.getByRole('dialog')).toBeVisible();
  expect(await frame.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
  await keyboard.press('Escape');
  await expect(widget.getByRole('dialog')).toHaveCount(0);
  await expectVisibleFocus(frame, 'button', new RegExp(`^${compareName}$`));

  // The deal: Space on the switch, then an emptied required field; Review moves focus to it.
  await tabTo(keyboard, frame, 'switch', /Create a deal/);
  await keyboard.press('Space');
  await expect(widget.getByLabel(/^Deal Name/i)).toBeVisible();
  await tabTo(keyboard, frame, 'text', /^Deal Name/i);
  await keyboard.press('ControlOrMeta+A');
  await keyboard.press('Backspace');
  await tabTo(keyboard, frame, 'button', /^Review$/);
  await keyboard.press('Enter');
  const invalid = await focusedIn(frame);
  expect(invalid.name).toMatch(/^Deal Name/i);
  expect(invalid.invalid).toBe(true);
  await keyboard.type('Zylker Deal');
  await tabTo(keyboard, frame, 'select', /^Stage/);
  await keyboard.type('Neg');
  await expect(widget.getByLabel(/^Stage/)).toHaveValue('Negotiation/Review');
  await tabTo(keyboard, frame, 'text', /^Amount/);
  await keyboard.type('20000000');
  await tabTo(keyboard, frame, 'checkbox', /Notify the lead owner/);
  await keyboard.press('Space');

  await tabTo(keyboard, frame, 'button', /^Review$/);
  await keyboard.press('Enter');
  const review = reviewRegion(widget);
  await expect(review).toContainText('added to the existing contact Pat Boyle');
  await tabTo(keyboard, frame, 'button', /^Convert$/);
  await expectVisibleFocus(frame, 'button', /^Convert$/);
  await keyboard.press('Enter');

  await expect(resultHeading(widget)).toBeFocused();
  const items = await convertItems(page);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    notify_lead_owner: true,
    Contacts: { id: KAIZEN_IDS.contactPatBoyle },
    Accounts: { id: KAIZEN_IDS.accountZylker },
    Deals: { Deal_Name: 'Zylker Deal', Stage: 'Negotiation/Review', Amount: 20000000 },
  });
  expect((await orgSnapshot(page)).leads.find((lead) => lead.id === KAIZEN_IDS.lead)?.$converted).toBe(true);

  // Done closes the popup from the keyboard too.
  await tabTo(keyboard, frame, 'button', /^Done$/);
  await keyboard.press('Enter');
  await expect(widgetPopup(page)).toBeHidden();
});

test('bulk: select, review a row, run and read the results with the keyboard alone', async ({ page }) => {
  await openDemo(page, { scenario: 'showcase' });
  const demo = page.mainFrame();
  const { keyboard } = page;
  for (const name of ['Pat Boyle', 'Nina Nomatch', 'Sol Solo']) {
    await tabTo(keyboard, demo, 'checkbox', new RegExp(`^Select ${name}$`));
    await expectVisibleFocus(demo, 'checkbox', new RegExp(name));
    await keyboard.press('Space');
  }
  await tabTo(keyboard, demo, 'button', /^Convert \(check duplicates\)$/);
  await keyboard.press('Enter');
  await expect(widgetPopup(page)).toBeVisible();
  const widget = widgetFrame(page);
  await expect(widget.getByRole('table', { name: 'Selected leads and what will happen to each' })).toBeVisible();
  const frame = await widgetFrameHandle(page);

  await tabTo(keyboard, frame, 'button', /^Review Pat Boyle$/);
  await expectVisibleFocus(frame, 'button', /^Review Pat Boyle$/);
  await keyboard.press('Enter');
  await tabTo(keyboard, frame, 'radio', /Add to/);
  await keyboard.press('ArrowDown');
  await tabTo(keyboard, frame, 'button', /^Use this choice$/);
  await keyboard.press('Enter');
  await expect(widget.getByText(/add to contact/i).first()).toBeVisible();

  await tabTo(keyboard, frame, 'button', /^Convert \d+ leads$/);
  await keyboard.press('Enter');
  await expect(widget.getByText(/^\d+ leads? converted · \d+ failed · \d+ skipped$/)).toBeVisible({ timeout: 30_000 });
  const converted = (await orgSnapshot(page)).leads.filter((lead) => ['Pat', 'Nina', 'Sol'].includes(String(lead.First_Name)) && lead.$converted === true);
  expect(converted).toHaveLength(3);
});
