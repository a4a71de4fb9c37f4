// Issue #8 through the real widget against the simulated CRM: the field-by-field merge (PUT after the
// convert), a failed update retried alone, a contact only search finds, Zoho refusing a searched record, and
// the audit note.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import type { RequestLogEntry } from '../../../app/host/simulator/simulated-crm-types';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, reviewAndConvert, section } from './helpers';

const I = SHOWCASE_IDS;
const openLead = (leadId: string) => ({ scenario: 'showcase', pageLoad: { Entity: 'Leads', EntityId: [leadId], ButtonPosition: 'DetailView' } });
const ofOperation = (log: readonly RequestLogEntry[], operation: string) => log.filter((entry) => entry.operation === operation);
const contactTable = () => within(screen.getByRole('region', { name: 'Contact Mia Merge: fields that differ from the lead' }));
const pickGroup = (field: string) => within(contactTable().getByRole('radiogroup', { name: `Value for ${field}` }));

describe('field-by-field merge into an existing contact', () => {
  it('shows the differing fields, writes the chosen lead values in one update per record, and adds the note', async () => {
    const { crm, user } = await renderWidget(openLead(I.mergeFields));
    expect(await screen.findByRole('heading', { name: 'Mia Merge' })).toBeInTheDocument();
    const contactSection = await section('Contact');
    expect(contactSection.getByRole('radio', { name: 'Add to Mia Merge' })).toBeChecked();

    // Defaults: keep the contact's values, fill its empty Mobile.
    await screen.findByRole('region', { name: 'Contact Mia Merge: fields that differ from the lead' });
    const rows = within(contactTable().getByRole('table')).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent);
    expect(rows).toEqual(['Phone', 'Mobile', 'Title', 'Description']);
    expect(pickGroup('Phone').getByRole('radio', { name: 'Existing' })).toBeChecked();
    expect(pickGroup('Mobile').getByRole('radio', { name: 'Fill' })).toBeChecked();
    await user.click(pickGroup('Phone').getByRole('radio', { name: 'Lead’s' }));
    await user.click(pickGroup('Title').getByRole('radio', { name: 'Lead’s' }));
    expect(screen.getAllByText('3 fields will be written after the conversion.').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Review' }));
    const review = await screen.findByRole('region', { name: 'Review the conversion' });
    const changes = within(review).getByRole('list', { name: 'After converting, 3 fields of the contact Mia Merge will be updated:' });
    expect(within(changes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Phone: “+49 30 5550 1999” → “+49 30 5550 1201”',
      'Mobile: filled with “+49 170 5550 1202”',
      'Title: “Operations Manager” → “Head of Operations”',
    ]);
    expect(within(review).getByText('A note about this conversion will be added to the contact.')).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Convert' }));

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(await screen.findByText('Added a note about this conversion to the contact.')).toBeInTheDocument();
    expect(screen.getByText('Updated 3 fields on Contact Mia Merge.')).toBeInTheDocument();

    const puts = ofOperation(crm.log, 'updateRecord').map((entry) => [entry.path, entry.body]);
    expect(puts).toEqual([
      [`/crm/v7/Contacts/${I.contactMiaMerge}`, { data: [{ Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Title: 'Head of Operations' }] }],
      // The account's empty Phone is filled by default too.
      [`/crm/v7/Accounts/${I.accountMergely}`, { data: [{ Phone: '+49 30 5550 1201' }] }],
    ]);
    const contact = crm.snapshot().contacts.find((record) => record.id === I.contactMiaMerge);
    expect(contact).toMatchObject({
      Phone: '+49 30 5550 1201',
      Mobile: '+49 170 5550 1202',
      Title: 'Head of Operations',
      Description: 'Met at the Berlin expo 2023.',
      Email: 'mia.merge@mergely.example',
    });
    const [note] = crm.snapshot().notes;
    expect(note).toMatchObject({ Note_Title: 'Lead conversion: Mia Merge', Parent_Id: expect.objectContaining({ id: I.contactMiaMerge }) });
    expect(String(note?.Note_Content)).toContain('Phone: “+49 30 5550 1999” → “+49 30 5550 1201”');
    expect(String(note?.Note_Content)).toContain('kept its own Description “Met at the Berlin expo 2023.”');
    expect(convertBodies(crm.log)).toHaveLength(1);
    // The conversion itself sends no merge fields: the update does.
    expect((convertBodies(crm.log)[0] as { data: Record<string, unknown>[] }).data[0]).toMatchObject({ Contacts: { id: I.contactMiaMerge } });
  });

  it('says exactly what failed when the update fails after the convert, and retries only the update', async () => {
    const { crm, user } = await renderWidget({ ...openLead(I.mergeFields), faults: [{ kind: 'server-error', operation: 'updateRecord', times: 1 }] });
    expect(await screen.findByRole('heading', { name: 'Mia Merge' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Contact Mia Merge: fields that differ from the lead' });
    await user.click(pickGroup('Phone').getByRole('radio', { name: 'Lead’s' }));
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^The lead was converted\. Updating 2 fields on Contact Mia Merge failed: /);
    expect(screen.getByText('The note will be added once the update has gone through.')).toBeInTheDocument();
    expect(crm.snapshot().contacts.find((record) => record.id === I.contactMiaMerge)).toMatchObject({ Phone: '+49 30 5550 1999', Mobile: null });

    await user.click(within(alert).getByRole('button', { name: 'Retry the update' }));
    expect(await screen.findByText('Updated 2 fields on Contact Mia Merge.')).toBeInTheDocument();
    expect(await screen.findByText('Added a note about this conversion to the contact.')).toBeInTheDocument();
    expect(crm.snapshot().contacts.find((record) => record.id === I.contactMiaMerge)).toMatchObject({ Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202' });
    expect(convertBodies(crm.log)).toHaveLength(1);
    expect(ofOperation(crm.log, 'updateRecord').map((entry) => [entry.path.split('/')[3], entry.status])).toEqual([
      ['Contacts', 500],
      // The account's update does not wait for the contact's.
      ['Accounts', 200],
      ['Contacts', 200],
    ]);
    expect(ofOperation(crm.log, 'addNote')).toHaveLength(1);
  });

  it('adds no note when the rep unticks it, and sends no update when nothing is taken from the lead', async () => {
    const { crm, user } = await renderWidget(openLead(I.mergeFields));
    expect(await screen.findByRole('heading', { name: 'Mia Merge' })).toBeInTheDocument();
    const contact = await screen.findByRole('region', { name: 'Contact Mia Merge: fields that differ from the lead' });
    const account = await screen.findByRole('region', { name: 'Account Mergely GmbH: fields that differ from the lead' });
    await user.click(within(contact).getByRole('radio', { name: 'Leave empty' }));
    await user.click(within(account).getByRole('radio', { name: 'Leave empty' }));
    const note = await screen.findByRole('checkbox', { name: 'Add a note to the contact about this conversion' });
    expect(note).toBeChecked();
    await user.click(note);
    await reviewAndConvert(user);
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(ofOperation(crm.log, 'updateRecord')).toEqual([]);
    expect(ofOperation(crm.log, 'addNote')).toEqual([]);
  });
});

describe('searching for a record Zoho did not suggest', () => {
  it('finds the contact by name, explains why it might match, and converts into it', async () => {
    const { crm, user } = await renderWidget(openLead(I.searchOnly));
    expect(await screen.findByRole('heading', { name: 'Sara Searchme' })).toBeInTheDocument();
    await user.type(await screen.findByRole('searchbox', { name: 'Search for another contact' }), 'Searchme');
    const result = await screen.findByRole('listitem', { name: 'Sara Searchme' });
    expect(result).toHaveTextContent('similar name (Sara Searchme, 100%)');
    expect(result).toHaveTextContent('same phone digits as (415) 555-0142');
    expect(result).toHaveTextContent('Zoho did not suggest this record');
    await user.click(within(result).getByRole('button', { name: 'Choose Sara Searchme' }));

    expect((await section('Contact')).getByRole('radio', { name: 'Add to Sara Searchme' })).toBeChecked();
    await reviewAndConvert(user);
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contact: Sara Searchme' })).toBeInTheDocument();
    expect((convertBodies(crm.log)[0] as { data: Record<string, unknown>[] }).data[0]).toMatchObject({ Contacts: { id: I.contactSaraSearchme } });
    expect(ofOperation(crm.log, 'searchRecords').map((entry) => entry.params)).toEqual([{ word: 'Searchme' }]);
    const [note] = crm.snapshot().notes;
    expect(String(note?.Note_Content)).toContain('found by the rep with a search (Zoho did not suggest it)');
  });

  it('explains a searched record Zoho refuses (INVALID_DATA), resets only that choice and keeps the others', async () => {
    const { crm, user } = await renderWidget(openLead(I.searchOnly));
    expect(await screen.findByRole('heading', { name: 'Sara Searchme' })).toBeInTheDocument();
    const notify = await screen.findByRole('checkbox', { name: 'Notify the lead owner' });
    await user.click(notify);
    await user.type(screen.getByRole('searchbox', { name: 'Search for another contact' }), 'pat.boyle@zylker.com');
    const result = await screen.findByRole('listitem', { name: 'Boyle' });
    expect(result).toHaveTextContent('Nothing in common with the lead');
    await user.click(within(result).getByRole('button', { name: 'Choose Boyle' }));
    await reviewAndConvert(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Zoho refused to add the lead to the contact Boyle, which you found by searching');
    expect(alert).toHaveTextContent('That choice was reset; everything else you chose is kept.');
    const contacts = await section('Contact');
    expect(contacts.getByRole('radio', { name: /Create new contact/ })).toBeChecked();
    expect(contacts.queryByRole('radio', { name: 'Add to Boyle' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Notify the lead owner' })).toBeChecked();
    expect(convertBodies(crm.log)).toHaveLength(1);
    expect(crm.snapshot().leads.find((lead) => lead.id === I.searchOnly)?.$converted).toBe(false);
  });
});
