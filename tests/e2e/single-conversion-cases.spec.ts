// Zoho's rules for the duplicate choice, shown in the browser (showcase scenario), and the leads the widget
// refuses to convert: each explains why and offers no Convert.
import { expect, test, type Page } from '@playwright/test';
import { NO_CONTACTS_LEAD_ID } from '../../app/host/simulator/scenarios/no-contacts-module';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { widgetFrame, widgetPopup } from '../support/e2e/demo-page';
import { convertItems, convertRequests, openLeadWidget, orgSnapshot, resultHeading, reviewAndConvert, section } from '../support/e2e/single-conversion';

// Showcase records (app/host/simulator/scenarios/showcase.ts): Dora's contact and the account it is linked to.
const DORA_CONTACT_ID = '3652397000007810005';
const OLD_EMPLOYER_ACCOUNT_ID = '3652397000007820003';

test('a lead without Company converts to a contact only, and the widget says so beforehand', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.noCompany, leadName: 'Sol Solo' });

  const accounts = section(widget, 'Account');
  await expect(accounts.getByRole('note')).toHaveText('The lead has no company, so no account will be created.');
  await expect(accounts.getByRole('radio', { name: /No account \(the lead has no company\)/ })).toBeChecked();
  await reviewAndConvert(widget);

  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Contact: Sol Solo' })).toBeVisible();
  await expect(widget.getByText('No account (the lead has no company).')).toBeVisible();
  await expect(widget.getByRole('button', { name: /^Account:/ })).toHaveCount(0);
  const [item = {}] = await convertItems(page);
  expect(item).not.toHaveProperty('Accounts');
});

test('a contact linked to another account brings that account, says why, and offers overwrite', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.otherAccount, leadName: 'Dora Different' });

  await section(widget, 'Contact').getByRole('radio', { name: 'Add to Dora Different' }).check();
  const accounts = section(widget, 'Account');
  await expect(accounts.getByRole('note')).toHaveText(
    'Dora Different already belongs to the account Old Employer Inc, so the lead goes to that account too.',
  );
  await expect(accounts.getByRole('radio', { name: /Create new account/ })).toBeDisabled();
  const companyMatch = accounts.getByRole('radio', { name: 'Add to New Horizons Ltd' });
  await expect(companyMatch).toBeDisabled();
  await expect(accounts.getByText('Not available: the account follows the contact Dora Different.')).toBeVisible();

  const overwrite = widget.getByRole('checkbox', { name: "Update the contact's account name to 'New Horizons Ltd'" });
  await expect(overwrite).toBeVisible();
  await expect(overwrite).not.toBeChecked();
  await expect(overwrite).toHaveAccessibleDescription(/linked to the account 'Old Employer Inc', which differs from the lead's company 'New Horizons Ltd'/);
  await expect(overwrite).toHaveAccessibleDescription(/Leave it unticked to keep the name 'Old Employer Inc'/);

  await overwrite.check();
  await reviewAndConvert(widget);
  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Contact: Dora Different' })).toBeVisible();
  const items = await convertItems(page);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ overwrite: true, Contacts: { id: DORA_CONTACT_ID } });
  const renamed = (await orgSnapshot(page)).accounts.find((account) => account.id === OLD_EMPLOYER_ACCOUNT_ID);
  expect(renamed?.Account_Name).toBe('New Horizons Ltd');
});

test('a locked candidate is shown disabled with the reason and cannot be chosen', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.lockedMatch, leadName: 'Liam Lockedmatch' });

  const contacts = section(widget, 'Contact');
  const locked = contacts.getByRole('radio', { name: 'Add to Liam Lockedmatch' });
  await expect(locked).toBeDisabled();
  await expect(locked).toHaveAccessibleDescription(/Locked: Zoho does not allow adding a lead to a locked record\./);
  await expect(contacts.getByText('Locked: Zoho does not allow adding a lead to a locked record.')).toBeVisible();

  // A click on the card's label does nothing: the lead still becomes a new contact.
  await contacts.getByText('Liam Lockedmatch', { exact: true }).first().click({ force: true });
  await expect(locked).not.toBeChecked();
  await expect(contacts.getByRole('radio', { name: /Create new contact/ })).toBeChecked();
  expect(await convertRequests(page)).toHaveLength(0);
});

async function expectNoWayToConvert(page: Page) {
  const popup = widgetPopup(page);
  const widget = widgetFrame(page);
  await expect(widget.getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Review' })).toHaveCount(0);
  await expect(widget.getByRole('button', { name: /Convert/ })).toHaveCount(0);
  await expect(popup).toBeVisible();
  expect(await convertRequests(page)).toHaveLength(0);
}

const ineligible = [
  { what: 'an already converted lead', scenario: 'showcase', leadId: SHOWCASE_IDS.converted, title: 'Already converted', message: /converted earlier/ },
  { what: 'a locked lead', scenario: 'showcase', leadId: SHOWCASE_IDS.locked, title: 'Locked', message: /locked, so Zoho CRM refuses/ },
  { what: 'a lead under merge', scenario: 'showcase', leadId: SHOWCASE_IDS.merging, title: 'Merge in progress', message: /merge of duplicates is in progress/ },
  { what: 'an unapproved lead', scenario: 'showcase', leadId: SHOWCASE_IDS.unapproved, title: 'Waiting for approval', message: /converts only approved leads/ },
  { what: 'a lead in an org without Contacts', scenario: 'no-contacts-module', leadId: NO_CONTACTS_LEAD_ID, title: 'Conversion is not available', message: /Contacts module is not available/ },
];

for (const { what, scenario, leadId, title, message } of ineligible) {
  test(`${what}: explained, no Convert`, async ({ page }) => {
    const widget = await openLeadWidget(page, { scenario, leadId });
    const screen = widget.getByRole('region', { name: title });
    await expect(screen.getByRole('heading', { name: title })).toBeVisible();
    await expect(screen).toContainText(message);
    await expectNoWayToConvert(page);

    await screen.getByRole('button', { name: 'Close' }).click();
    await expect(widgetPopup(page)).toBeHidden();
  });
}

test('an already converted lead links to the records it became', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.converted });
  await expect(widget.getByRole('heading', { name: 'Already converted' })).toBeVisible();
  await widget.getByRole('button', { name: 'Open the deal' }).click();
  await expect(widgetPopup(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Converted Corp rollout' })).toBeVisible();
});
