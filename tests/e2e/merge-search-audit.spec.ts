// Issue #8 in the browser, against the demo's simulated CRM: a field-by-field merge, the update failing after
// the convert (retried alone, never converting again), a contact only search finds, and the audit note.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { openDemo, openWidgetFromLeadDetail } from '../support/e2e/demo-page';
import { convertItems, convertRequests, openLeadWidget, orgSnapshot, popupScreenshot, requestLog, resultHeading, reviewRegion, section } from '../support/e2e/single-conversion';

const I = SHOWCASE_IDS;
const MIA = { scenario: 'showcase', leadId: I.mergeFields };

/** The widget on a lead, once its summary heading shows (exact: the merge table's heading names the contact too). */
async function openOn(page: Page, lead: { scenario: string; leadId: string }, name: string): Promise<FrameLocator> {
  const widget = await openLeadWidget(page, lead);
  await expect(widget.getByRole('heading', { name, exact: true })).toBeVisible();
  return widget;
}

const contactTable = (widget: FrameLocator) => widget.getByRole('region', { name: 'Contact Mia Merge: fields that differ from the lead' });
const pick = (widget: FrameLocator, field: string, choice: string) =>
  contactTable(widget).getByRole('radiogroup', { name: `Value for ${field}` }).getByRole('radio', { name: choice });

async function mergePhoneAndTitle(widget: FrameLocator) {
  await expect(section(widget, 'Contact').getByRole('radio', { name: 'Add to Mia Merge' })).toBeChecked();
  await expect(contactTable(widget).getByRole('table')).toBeVisible();
  await pick(widget, 'Phone', 'Lead’s').check();
  await pick(widget, 'Title', 'Lead’s').check();
  await expect(pick(widget, 'Mobile', 'Fill')).toBeChecked();
  await expect(pick(widget, 'Description', 'Existing')).toBeChecked();
}

const contactOf = async (page: Page, id: string) => (await orgSnapshot(page)).contacts.find((record) => record.id === id);

test('a merge overwrites two fields and fills one empty field; the contact has exactly those values afterwards', async ({ page }) => {
  const widget = await openOn(page, MIA, 'Mia Merge');
  await mergePhoneAndTitle(widget);
  await contactTable(widget).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await popupScreenshot(page, 'merge-table');

  await widget.getByRole('button', { name: 'Review' }).click();
  const review = reviewRegion(widget);
  await expect(review).toContainText('After converting, 3 fields of the contact Mia Merge will be updated:');
  await expect(review).toContainText('Title: “Operations Manager” → “Head of Operations”');
  await expect(review).toContainText('A note about this conversion will be added to the contact.');
  await popupScreenshot(page, 'merge-review');
  await review.getByRole('button', { name: 'Convert' }).click();

  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByText('Updated 3 fields on Contact Mia Merge.')).toBeVisible();
  await expect(widget.getByText('Added a note about this conversion to the contact.')).toBeVisible();
  const before = { Email: 'mia.merge@mergely.example', Description: 'Met at the Berlin expo 2023.' };
  expect(await contactOf(page, I.contactMiaMerge)).toMatchObject({ ...before, Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Title: 'Head of Operations' });
  const puts = (await requestLog(page)).filter((entry) => entry.operation === 'updateRecord');
  expect(puts[0]?.body).toEqual({ data: [{ Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Title: 'Head of Operations' }] });
  expect(await convertRequests(page)).toHaveLength(1);
});

test('the update fails after the convert: the result says exactly that, and "Retry the update" never converts again', async ({ page }) => {
  await openDemo(page, { scenario: 'showcase' });
  await page.getByRole('button', { name: 'Simulator', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Update fails: 500 Internal error' }).check();
  await page.getByRole('button', { name: 'Simulator', exact: true }).click();
  const widget = await openWidgetFromLeadDetail(page, 'Mia Merge');
  await mergePhoneAndTitle(widget);
  await widget.getByRole('button', { name: 'Review' }).click();
  await reviewRegion(widget).getByRole('button', { name: 'Convert' }).click();

  await expect(resultHeading(widget)).toBeVisible();
  const alert = widget.getByRole('alert');
  await expect(alert).toContainText('The lead was converted. Updating 3 fields on Contact Mia Merge failed: Zoho CRM answered:');
  await expect(widget.getByText('The note will be added once the update has gone through.')).toBeVisible();
  await popupScreenshot(page, 'merge-update-failed');
  expect(await contactOf(page, I.contactMiaMerge)).toMatchObject({ Phone: '+49 30 5550 1999', Title: 'Operations Manager' });

  await alert.getByRole('button', { name: 'Retry the update' }).click();
  await expect(widget.getByText('Updated 3 fields on Contact Mia Merge.')).toBeVisible();
  await expect(widget.getByText('Added a note about this conversion to the contact.')).toBeVisible();
  expect(await contactOf(page, I.contactMiaMerge)).toMatchObject({ Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Title: 'Head of Operations' });
  expect(await convertRequests(page)).toHaveLength(1);
  const updates = (await requestLog(page)).filter((entry) => entry.operation === 'updateRecord' && entry.path.includes('/Contacts/'));
  expect(updates.map((entry) => entry.status)).toEqual([500, 200]);
});

test('a search finds a contact Zoho did not suggest, and the lead converts into it', async ({ page }) => {
  const widget = await openOn(page, { scenario: 'showcase', leadId: I.searchOnly }, 'Sara Searchme');
  await expect(section(widget, 'Contact')).toContainText('No matching contacts');
  await widget.getByRole('searchbox', { name: 'Search for another contact' }).fill('+1 415 555 0142');
  const result = widget.getByRole('listitem', { name: 'Sara Searchme' });
  await expect(result).toContainText('same phone digits as (415) 555-0142');
  await expect(result).toContainText('similar name (Sara Searchme, 100%)');
  await result.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await popupScreenshot(page, 'merge-search-results');
  await result.getByRole('button', { name: 'Choose Sara Searchme' }).click();
  await expect(section(widget, 'Contact').getByRole('radio', { name: 'Add to Sara Searchme' })).toBeChecked();

  await widget.getByRole('button', { name: 'Review' }).click();
  await reviewRegion(widget).getByRole('button', { name: 'Convert' }).click();
  await expect(resultHeading(widget)).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Contact: Sara Searchme' })).toBeVisible();
  expect(await convertItems(page)).toEqual([expect.objectContaining({ Contacts: { id: I.contactSaraSearchme } })]);
  const snapshot = await orgSnapshot(page);
  expect(snapshot.leads.find((lead) => lead.id === I.searchOnly)?.$converted).toBe(true);
  expect(snapshot.contacts.filter((contact) => contact.Last_Name === 'Searchme')).toHaveLength(1);
});

test('the audit note on the contact says what matched, what the rep chose and which fields were overwritten', async ({ page }) => {
  const widget = await openOn(page, MIA, 'Mia Merge');
  await mergePhoneAndTitle(widget);
  await expect(widget.getByRole('checkbox', { name: 'Add a note to the contact about this conversion' })).toBeChecked();
  await widget.getByRole('button', { name: 'Review' }).click();
  await reviewRegion(widget).getByRole('button', { name: 'Convert' }).click();
  await expect(widget.getByText('Added a note about this conversion to the contact.')).toBeVisible();

  const notes = (await orgSnapshot(page)).notes;
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({ Note_Title: 'Lead conversion: Mia Merge', Parent_Id: expect.objectContaining({ id: I.contactMiaMerge }) });
  expect(String(notes[0]?.Note_Content).split('\n')).toEqual([
    'Converted from the lead “Mia Merge” with Lead Convert.',
    'Contact: added to the existing contact “Mia Merge”, suggested by Zoho and kept by the rep; matched on Email “mia.merge@mergely.example”.',
    'Account: added to the existing account “Mergely GmbH”, suggested by Zoho and kept by the rep; matched on Account name “Mergely GmbH”; linked to the chosen contact.',
    'Contact “Mia Merge”, fields taken from the lead: Phone: “+49 30 5550 1999” → “+49 30 5550 1201”; Mobile: filled with “+49 170 5550 1202”; Title: “Operations Manager” → “Head of Operations”.',
    'Contact “Mia Merge” kept its own Description “Met at the Berlin expo 2023.” (lead: “The matching contact (same Email) has an older Phone, Title and Description and no Mobile; its account has no Phone: choose field by field.”).',
    'Account “Mergely GmbH”, fields taken from the lead: Phone: filled with “+49 30 5550 1201”.',
  ]);
});
