import { describe, expect, it } from 'vitest';
import { buildOrgSeed } from '../../../app/host/simulator/org/build-org-seed';
import { buildAccount, buildAttachment, buildContact, buildLead, buildUser } from '../../../app/host/simulator/org/record-builders';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { sid } from '../../../app/host/simulator/scenarios/showcase-metadata';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import { VALID_DEAL, call, convert } from './sim-test-utils';

const I = SHOWCASE_IDS;
const SHOWCASE_DEAL = { ...VALID_DEAL, Region: 'APAC', Go_Live_Date: '2030-09-01', Setup_Fee: 99.5, Seats: 3, PO_Reference: 'PO-7' };
const NEW = ['3652397000090000001', '3652397000090000002', '3652397000090000003'];

function showcase() {
  return createSimulatedCrm({ scenario: 'showcase', nextIds: [...NEW] });
}

describe('convert side effects', () => {
  it('creates account then contact then deal, linked, owned by the assignee, with tags, attachments and contact role', async () => {
    const crm = showcase();
    const role = sid(6873); // Decision Maker
    const response = await convert(crm, I.tagged, {
      assign_to: { id: sid(225005) },
      Deals: { ...SHOWCASE_DEAL, Contact_Role: role },
      carry_over_tags: { Contacts: ['Hot', 'VIP', 'Not on the lead'], Deals: ['webinar 2024'] },
      move_attachments_to: { api_name: 'Deals', id: sid(2181) },
    });
    expect(response.body).toEqual({
      data: [{ code: 'SUCCESS', details: { Contacts: { name: 'Tara Tagged', id: NEW[1] }, Deals: { name: 'Test Deal', id: NEW[2] }, Accounts: { name: 'Tagline Media', id: NEW[0] } }, message: 'The record has been converted successfully', status: 'success' }],
    });
    const { leads, contacts, accounts, deals } = crm.snapshot();
    const priya = { name: 'Priya Shah', id: sid(225005), email: 'priya.shah@acme-demo.example' };
    expect(accounts.find((a) => a.id === NEW[0])).toMatchObject({ Account_Name: 'Tagline Media', Owner: priya, Tag: [] });
    expect(contacts.find((c) => c.id === NEW[1])).toMatchObject({ First_Name: 'Tara', Last_Name: 'Tagged', Account_Name: { name: 'Tagline Media', id: NEW[0] }, Owner: priya, Tag: [{ name: 'Hot' }, { name: 'VIP' }] });
    const deal = deals.find((d) => d.id === NEW[2]);
    expect(deal).toMatchObject({ Contact_Name: { id: NEW[1] }, Account_Name: { id: NEW[0] }, Owner: priya, Contact_Role: { name: 'Decision Maker', id: role }, Region: 'APAC', Setup_Fee: 99.5, Tag: [{ name: 'Webinar 2024' }] });
    expect((deal?.Attachments as { File_Name: string }[]).map((a) => a.File_Name)).toEqual(['proposal.pdf', 'meeting-notes.docx']);
    const lead = leads.find((l) => l.id === I.tagged);
    expect(lead).toMatchObject({ $converted: true, $converted_detail: { contact: NEW[1], account: NEW[0], deal: NEW[2] }, Attachments: [] });
  });

  it('defaults: lead owner owns the new records, attachments go to the contact, no deal', async () => {
    const crm = showcase();
    await convert(crm, I.tagged);
    const { contacts, accounts, deals } = crm.snapshot();
    const contact = contacts.find((c) => c.id === NEW[1]);
    expect(contact?.Owner).toEqual({ name: 'Jordan Lee', id: sid(225003), email: 'jordan.lee@acme-demo.example' });
    expect(accounts.find((a) => a.id === NEW[0])?.Owner).toEqual(contact?.Owner);
    expect((contact?.Attachments as unknown[]).length).toBe(2);
    expect(contact?.Tag).toEqual([]);
    expect(deals).toHaveLength(1); // only the seeded one
  });

  it('a lead without Company and no account creates no account (Accounts null)', async () => {
    const crm = showcase();
    const response = await convert(crm, I.noCompany);
    expect(response.body).toMatchObject({ data: [{ details: { Contacts: { name: 'Sol Solo', id: NEW[0] }, Deals: null, Accounts: null } }] });
    expect(crm.snapshot().contacts.find((c) => c.id === NEW[0])?.Account_Name).toBeNull();
  });

  it('a chosen contact linked to an account brings that account', async () => {
    const crm = showcase();
    const response = await convert(crm, I.patBoyle, { Contacts: { id: I.contactPatBoyle } });
    expect(response.body).toMatchObject({ data: [{ details: { Contacts: { id: I.contactPatBoyle }, Deals: null, Accounts: { name: 'Zylker Biotech', id: I.accountZylker } } }] });
    expect(crm.snapshot().accounts).toHaveLength(6); // the seeded ones: nothing created
  });

  it('a chosen unlinked contact is linked to a new account made from Company', async () => {
    const crm = showcase();
    const response = await convert(crm, I.patBoyle, { Contacts: { id: I.contactBoyle } });
    expect(response.body).toMatchObject({ data: [{ details: { Contacts: { id: I.contactBoyle }, Accounts: { name: 'Zylker Biotech', id: NEW[0] } } }] });
    expect(crm.snapshot().contacts.find((c) => c.id === I.contactBoyle)?.Account_Name).toEqual({ name: 'Zylker Biotech', id: NEW[0] });
  });

  it.each([
    { overwrite: false, accountName: 'Old Employer Inc', email: 'Dora.Different@NewHorizons.example ' },
    { overwrite: true, accountName: 'New Horizons Ltd', email: 'dora.different@newhorizons.example' },
  ])('overwrite=$overwrite: the contact-linked account is named $accountName', async ({ overwrite, accountName, email }) => {
    const crm = showcase();
    const response = await convert(crm, I.otherAccount, { Contacts: { id: sid(7810005) }, overwrite });
    expect(response.body).toMatchObject({ data: [{ details: { Accounts: { name: accountName, id: sid(7820003) } } }] });
    const { accounts, contacts } = crm.snapshot();
    expect(accounts.find((a) => a.id === sid(7820003))?.Account_Name).toBe(accountName);
    expect(contacts.find((c) => c.id === sid(7810005))).toMatchObject({ Email: email, Account_Name: { name: accountName } });
  });

  it('an account chosen alone (matched by company name) is linked to a new contact', async () => {
    const crm = showcase();
    const response = await convert(crm, I.accountOnly, { Accounts: { id: sid(7820007) } });
    expect(response.body).toMatchObject({ data: [{ details: { Contacts: { name: 'Amy Accountonly', id: NEW[0] }, Accounts: { name: 'Globex Corporation', id: sid(7820007) } } }] });
  });

  it('the converted lead disappears from default reads but is readable with converted=true', async () => {
    const crm = showcase();
    await convert(crm, I.noMatches);
    expect((await call(crm, 'GET', `/crm/v7/Leads/${I.noMatches}`)).status).toBe(204);
    const read = await call(crm, 'GET', `/crm/v7/Leads/${I.noMatches}`, { params: { converted: 'true', fields: 'id,$converted_detail' } });
    expect(read.body).toEqual({ data: [{ id: I.noMatches, $converted_detail: { contact: NEW[1], account: NEW[0], deal: null } }] });
  });

  it('notifies subscribers after a conversion', async () => {
    const crm = showcase();
    let calls = 0;
    const unsubscribe = crm.subscribe(() => (calls += 1));
    await convert(crm, I.noMatches);
    unsubscribe();
    await convert(crm, I.noCompany);
    expect(calls).toBe(1);
  });

  it('builds small orgs with the seed builders', async () => {
    const user = buildUser({ id: '5550000000000000111', first_name: 'Bo', last_name: 'Builder' });
    const seed = buildOrgSeed({
      users: [buildUser({ id: '5550000000000000101' }), user],
      leads: [buildLead({ id: '5550000000000800001', Last_Name: 'Small', Company: 'Tiny', Attachments: [buildAttachment('a.txt')] })],
      accounts: [buildAccount({ id: '5550000000000800003', Account_Name: 'Tiny' })],
      contacts: [buildContact({ id: '5550000000000800005', Last_Name: 'Else' })],
    });
    const crm = createSimulatedCrm({ seed, nextIds: ['5550000000000900001'] });
    const response = await convert(crm, '5550000000000800001', { Accounts: { id: '5550000000000800003' }, assign_to: { id: user.id }, move_attachments_to: { api_name: 'Accounts' } });
    expect(response.body).toMatchObject({ data: [{ details: { Contacts: { name: 'Test Small', id: '5550000000000900001' }, Accounts: { id: '5550000000000800003' } } }] });
    expect(crm.snapshot().accounts[0]?.Attachments).toHaveLength(1);
    expect(crm.scenario.name).toBe('custom');
  });
});
