import { describe, expect, it } from 'vitest';
import { buildOrgSeed } from '../../../app/host/simulator/org/build-org-seed';
import { buildAccount, buildContact, buildLead } from '../../../app/host/simulator/org/record-builders';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import type { SimRecord } from '../../../app/host/simulator/simulated-crm-types';
import { options } from './sim-test-utils';

const LEAD = { id: '5550000000000700001', First_Name: 'Ana', Last_Name: 'Lopez', Company: 'Initech', Email: 'ana@initech.example', Phone: '+1 (555) 010-2000' };

type Case = {
  name: string;
  unique?: { contacts?: string[]; accounts?: string[] };
  contacts?: SimRecord[];
  accounts?: SimRecord[];
  contactIds: string[] | null;
  accountIds: string[] | null;
  contactFields: string[] | null;
  accountFields: string[] | null;
  preference: string | null;
};

const C1 = '5550000000000710001';
const C2 = '5550000000000710003';
const A1 = '5550000000000720001';

const cases: Case[] = [
  { name: 'Email, case-insensitive and trimmed', contacts: [buildContact({ id: C1, Email: '  ANA@Initech.EXAMPLE ' })], contactIds: [C1], accountIds: null, contactFields: ['Email'], accountFields: null, preference: 'Contacts' },
  { name: 'Company vs Account_Name, case and inner whitespace', accounts: [buildAccount({ id: A1, Account_Name: 'initech' })], contactIds: null, accountIds: [A1], contactFields: null, accountFields: ['Account_Name'], preference: 'Accounts' },
  { name: 'lead name vs contact name when Contacts has no unique field', contacts: [buildContact({ id: C1, First_Name: 'ana', Last_Name: 'LOPEZ' })], contactIds: [C1], accountIds: null, contactFields: ['Full_Name'], accountFields: null, preference: 'Contacts' },
  { name: 'no name matching once Contacts has a unique field', unique: { contacts: ['Phone'] }, contacts: [buildContact({ id: C1, First_Name: 'Ana', Last_Name: 'Lopez' })], contactIds: null, accountIds: null, contactFields: null, accountFields: null, preference: null },
  { name: 'unique Phone compared by digits', unique: { contacts: ['Phone'] }, contacts: [buildContact({ id: C1, Phone: '15550102000' })], contactIds: [C1], accountIds: null, contactFields: ['Phone'], accountFields: null, preference: 'Contacts' },
  { name: 'unique field listed before Email, union of both, newest candidate first', unique: { contacts: ['Phone'] }, contacts: [buildContact({ id: C1, Phone: '555 010 2000 1' }), buildContact({ id: C2, Email: 'ana@initech.example' }), buildContact({ id: '5550000000000710005', Phone: '+1 555 010 2000' })], contactIds: ['5550000000000710005', C2], accountIds: null, contactFields: ['Phone', 'Email'], accountFields: null, preference: 'Contacts' },
  { name: 'Account_Name beats a name-only contact match (v8 example)', contacts: [buildContact({ id: C1, First_Name: 'Ana', Last_Name: 'Lopez' })], accounts: [buildAccount({ id: A1, Account_Name: 'Initech' })], contactIds: [C1], accountIds: [A1], contactFields: ['Full_Name'], accountFields: ['Account_Name'], preference: 'Accounts' },
  { name: 'a hidden record is no candidate but its field match is listed', unique: { accounts: ['Phone'] }, accounts: [buildAccount({ id: A1, Account_Name: 'Other', Phone: '1-555-010-2000', $visible_to_user: false })], contactIds: null, accountIds: null, contactFields: null, accountFields: ['Phone'], preference: 'Accounts' },
  { name: 'a record matched by two criteria is listed once', unique: { contacts: ['Phone'] }, contacts: [buildContact({ id: C1, Phone: '15550102000', Email: 'ana@initech.example' })], contactIds: [C1], accountIds: null, contactFields: ['Phone', 'Email'], accountFields: null, preference: 'Contacts' },
];

describe('conversion options matching', () => {
  it.each(cases)('$name', async (c) => {
    const seed = buildOrgSeed({
      uniqueContactFields: c.unique?.contacts,
      uniqueAccountFields: c.unique?.accounts,
      // a second Deals layout keeps the answer 200 even without matches
      extraLayouts: { Deals: [{ id: '5550000000000091099', name: 'Other' }] },
      leads: [buildLead(LEAD)],
      contacts: c.contacts ?? [],
      accounts: c.accounts ?? [],
    });
    const crm = createSimulatedCrm({ seed });
    const { status, body } = await options(crm, LEAD.id);
    expect(status).toBe(200);
    const o = (body as { __conversion_options: Record<string, unknown> }).__conversion_options;
    const ids = (list: unknown) => (list === null ? null : (list as { id: string }[]).map((r) => r.id));
    const fields = (module: 'Contacts' | 'Accounts') => {
      const pref = o.preference_field_matched_value as Record<string, { field: { api_name: string } }[] | null> | null;
      return pref?.[module]?.map((m) => m.field.api_name) ?? null;
    };
    expect(ids(o.Contacts)).toEqual(c.contactIds);
    expect(ids(o.Accounts)).toEqual(c.accountIds);
    expect(fields('Contacts')).toEqual(c.contactFields);
    expect(fields('Accounts')).toEqual(c.accountFields);
    expect((o.module_preference as { api_name: string } | null)?.api_name ?? null).toBe(c.preference);
    expect(o.modules_with_multiple_layouts).toEqual([{ api_name: 'Deals', id: '5550000000000002181' }]);
  });

  it('answers 204 when nothing matches and no module has several layouts', async () => {
    const crm = createSimulatedCrm({ seed: buildOrgSeed({ leads: [buildLead(LEAD)] }) });
    expect(await options(crm, LEAD.id)).toEqual({ status: 204, body: undefined, headers: {} });
  });

  it('answers 200 with null matches when a module has several layouts', async () => {
    const seed = buildOrgSeed({ leads: [buildLead(LEAD)], extraLayouts: { Accounts: [{ id: '5550000000000091098', name: 'B' }] } });
    const { body } = await options(createSimulatedCrm({ seed }), LEAD.id);
    expect(body).toEqual({
      __conversion_options: { module_preference: null, Contacts: null, preference_field_matched_value: null, Accounts: null, modules_with_multiple_layouts: [{ api_name: 'Accounts', id: '5550000000000002177' }] },
    });
  });

  it('skips Accounts when the Accounts module is unavailable', async () => {
    const seed = buildOrgSeed({ leads: [buildLead(LEAD)], accounts: [buildAccount({ id: A1, Account_Name: 'Initech' })], flags: { accountsModuleAvailable: false } });
    expect((await options(createSimulatedCrm({ seed }), LEAD.id)).status).toBe(204);
  });

  it('returns only the documented keys for each candidate', async () => {
    const seed = buildOrgSeed({ leads: [buildLead(LEAD)], contacts: [buildContact({ id: C1, Email: LEAD.Email, Mobile: '1', Secret__c: 'x' })] });
    const { body } = await options(createSimulatedCrm({ seed }), LEAD.id);
    const contact = (body as { __conversion_options: { Contacts: Record<string, unknown>[] } }).__conversion_options.Contacts[0]!;
    expect(Object.keys(contact)).toEqual(['Full_Name', 'Email', 'Phone', 'Locked__s', 'Account_Name', '$editable', 'id', '$approval_state', 'Data_Processing_Basis']);
  });
});
