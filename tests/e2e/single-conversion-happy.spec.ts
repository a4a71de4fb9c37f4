// The single-lead flow end to end in a real browser: production widget, stand-in SDK, simulated CRM.
// Kaizen 137 Case I (merge into the existing records + a deal) and Case II (create new records).
import { expect, test } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { widgetPopup } from '../support/e2e/demo-page';
import {
  convertItems,
  fillDeal,
  openLeadWidget,
  orgSnapshot,
  resultHeading,
  reviewAndConvert,
  reviewRegion,
  section,
} from '../support/e2e/single-conversion';

test('Case I: Pat Boyle joins the existing contact and account, with a deal, as in the article', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' });

  // Phone is unique on Contacts: the Phone match preselects Pat Boyle; its account follows.
  const contacts = section(widget, 'Contact');
  await expect(contacts.getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
  await expect(contacts.getByText(/Suggested/).first()).toBeVisible();
  await contacts.getByRole('radio', { name: 'Add to Pat Boyle' }).check();
  await expect(section(widget, 'Account').getByRole('radio', { name: 'Add to Zylker Biotech' })).toBeChecked();

  await fillDeal(widget, { name: 'Zylker Deal', closing: '2024-10-20', pipeline: 'Standard (Standard)', stage: 'Negotiation/Review', amount: '20000000' });
  await widget.getByRole('checkbox', { name: 'Notify the lead owner' }).check();
  await widget.getByRole('checkbox', { name: 'Notify the new owner' }).check();

  await widget.getByRole('button', { name: 'Review' }).click();
  const review = reviewRegion(widget);
  await expect(review).toContainText('added to the existing contact Pat Boyle');
  await expect(review).toContainText('Zylker Biotech');
  await expect(review).toContainText('Zylker Deal');
  await review.getByRole('button', { name: 'Convert' }).click();

  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Contact: Pat Boyle' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Account: Zylker Biotech' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Deal: Zylker Deal' })).toBeVisible();

  // The request the CRM received means what the article's Case I body means.
  const items = await convertItems(page);
  expect(items).toHaveLength(1);
  const [item = {}] = items;
  expect(item).toMatchObject({
    notify_lead_owner: true,
    notify_new_entity_owner: true,
    Contacts: { id: KAIZEN_IDS.contactPatBoyle },
    Accounts: { id: KAIZEN_IDS.accountZylker },
    Deals: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Stage: 'Negotiation/Review', Amount: 20000000, Pipeline: 'Standard (Standard)' },
  });
  // The article sends overwrite:true; here the contact's account already carries the lead's Company, so the
  // widget offers no overwrite and may leave it out or send false — either way nothing would be renamed.
  await expect(widget.getByRole('checkbox', { name: /Update the contact's account name/ })).toHaveCount(0);
  expect([undefined, false]).toContain(item.overwrite);
  // The owner stays the lead owner whether or not assign_to is sent; the lead has no tags to carry.
  expect(item.assign_to ?? { id: KAIZEN_IDS.owner }).toEqual({ id: KAIZEN_IDS.owner });
  expect(item).not.toHaveProperty('carry_over_tags');
  // Attachments go to the contact, Zoho's default, whether or not it is spelled out.
  expect(item.move_attachments_to ?? { api_name: 'Contacts' }).toEqual({ api_name: 'Contacts' });

  const org = await orgSnapshot(page);
  expect(org.leads.find((lead) => lead.id === KAIZEN_IDS.lead)?.$converted).toBe(true);
  expect(org.deals.filter((deal) => deal.Deal_Name === 'Zylker Deal')).toEqual([
    expect.objectContaining({ Amount: 20000000, Stage: 'Negotiation/Review', Closing_Date: '2024-10-20' }),
  ]);

  // Done closes the popup and reloads the page; the org now shows the new deal.
  await widget.getByRole('button', { name: 'Done' }).click();
  await expect(widgetPopup(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'reloaded' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('button', { name: /^Deals/ }).click();
  const dealRow = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Zylker Deal', exact: true }) });
  await expect(dealRow).toBeVisible();
  await expect(dealRow).toContainText('New');
});

test('Case II: creating a new contact and account sends no ids and no deal', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137-case-2', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle' });
  const contactsBefore = (await orgSnapshot(page)).contacts.length;

  await section(widget, 'Contact').getByRole('radio', { name: /Create new contact/ }).check();
  await section(widget, 'Account').getByRole('radio', { name: /Create new account/ }).check();
  await widget.getByRole('checkbox', { name: 'Notify the lead owner' }).check();
  await widget.getByRole('checkbox', { name: 'Notify the new owner' }).check();
  await reviewAndConvert(widget);

  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Contact: Pat Boyle' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Account: Zylker Biotech' })).toBeVisible();
  await expect(widget.getByText('No deal was created.')).toBeVisible();

  const items = await convertItems(page);
  expect(items).toHaveLength(1);
  const [item = {}] = items;
  expect(item).toMatchObject({ notify_lead_owner: true, notify_new_entity_owner: true });
  expect(item).not.toHaveProperty('Contacts');
  expect(item).not.toHaveProperty('Accounts');
  expect(item).not.toHaveProperty('Deals');

  const org = await orgSnapshot(page);
  expect(org.contacts).toHaveLength(contactsBefore + 1);
  expect(org.leads.find((lead) => lead.id === KAIZEN_IDS.lead)?.$converted).toBe(true);
});
