import { describe, expect, it } from 'vitest';
import { attributeMatches, matchStrength } from '../../../app/domain/attribute-matches';
import { KAIZEN, account, contact, fieldMatch, kaizenLead, kaizenOptions, lead, options } from '../../support/builders';

describe('attributeMatches — Kaizen 137', () => {
  const attribution = attributeMatches(kaizenLead(), kaizenOptions());

  it('ties Phone to contact "Pat Boyle" and Email to contact "Boyle"', () => {
    expect(attribution.contacts[KAIZEN.contactPatBoyle]).toEqual([{ apiName: 'Phone', label: 'Phone', value: '9844444444', strength: 'strong' }]);
    expect(attribution.contacts[KAIZEN.contactBoyle]).toEqual([{ apiName: 'Email', label: 'Email', value: 'pat.boyle@zylker.com', strength: 'strong' }]);
  });

  it('ties Account_Name (weak) to Zylker Biotech and leaves the Accounts Phone match unattributed', () => {
    expect(attribution.accounts[KAIZEN.accountZylker]).toEqual([{ apiName: 'Account_Name', label: 'Account name', value: 'Zylker Biotech', strength: 'weak' }]);
    expect(attribution.unattributed.Accounts.map((m) => m.apiName)).toEqual(['Phone']);
    expect(attribution.unattributed.Contacts).toEqual([]);
  });

  it('highlights the lead fields Phone (both modules), Email and Company', () => {
    expect(attribution.leadFields).toEqual({
      Phone: { modules: ['Contacts', 'Accounts'], value: '9844444444' },
      Email: { modules: ['Contacts'], value: 'pat.boyle@zylker.com' },
      Company: { modules: ['Accounts'], value: 'Zylker Biotech' },
    });
  });
});

describe('attributeMatches — edge cases', () => {
  it('gives empty maps when Zoho reported nothing', () => {
    expect(attributeMatches(lead(), options())).toEqual({ contacts: {}, accounts: {}, unattributed: { Contacts: [], Accounts: [] }, leadFields: {} });
  });

  it('attributes one match to every candidate carrying it', () => {
    const result = attributeMatches(lead(), options({
      contacts: [contact({ id: '1', email: 'A@x.com' }), contact({ id: '2', email: 'a@x.com ' }), contact({ id: '3', email: 'b@x.com' })],
      matchedOn: { contacts: [fieldMatch('Email', 'a@x.com')], accounts: [] },
    }));
    expect(Object.keys(result.contacts).sort()).toEqual(['1', '2']);
  });

  it('matches a contact name, a phone in other notation, and account website and phone', () => {
    const result = attributeMatches(lead(), options({
      contacts: [contact({ id: '1', fullName: 'Pat  Boyle', fields: { Mobile: '+91 98444 44444' } })],
      accounts: [account({ id: '9', phone: '030 5550', website: 'https://z.example' })],
      matchedOn: {
        contacts: [fieldMatch('Full_Name', 'pat boyle'), fieldMatch('Last_Name', 'Boyle'), fieldMatch('Mobile', '9844444444')],
        accounts: [fieldMatch('Website', 'https://z.example'), fieldMatch('Phone', '0305550')],
      },
    }));
    expect(result.contacts['1']?.map((m) => [m.apiName, m.strength])).toEqual([['Full_Name', 'weak'], ['Last_Name', 'weak'], ['Mobile', 'strong']]);
    expect(result.accounts['9']?.map((m) => m.apiName)).toEqual(['Website', 'Phone']);
    expect(result.leadFields['Full_Name']).toEqual({ modules: ['Contacts'], value: 'pat boyle' });
  });

  it('uses field_label when Zoho sends one', () => {
    const result = attributeMatches(lead(), options({
      contacts: [contact({ id: '1', fields: { Tax_Id: 'DE123' } })],
      matchedOn: { contacts: [fieldMatch('Tax_Id', 'DE123', { label: 'Tax ID', unique: true })], accounts: [] },
    }));
    expect(result.contacts['1']?.[0]).toMatchObject({ label: 'Tax ID', strength: 'strong' });
  });
});

describe('matchStrength', () => {
  it.each([
    ['Email', null, 'strong'],
    ['Email', false, 'strong'],
    ['Phone', null, 'strong'],
    ['Phone', true, 'strong'],
    ['Phone', false, 'weak'],
    ['Account_Name', null, 'weak'],
    ['Account_Name', true, 'strong'],
    ['Full_Name', null, 'weak'],
    ['First_Name', null, 'weak'],
    ['Last_Name', null, 'weak'],
  ] as const)('%s (unique %s) is %s', (apiName, unique, expected) => {
    expect(matchStrength({ apiName, unique })).toBe(expected);
  });
});
