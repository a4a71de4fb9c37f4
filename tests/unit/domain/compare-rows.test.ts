import { describe, expect, it } from 'vitest';
import { attributeMatches } from '../../../app/domain/attribute-matches';
import { compareRows } from '../../../app/domain/compare-rows';
import { KAIZEN, account, kaizenLead, kaizenOptions, lead, options } from '../../support/builders';

describe('compareRows', () => {
  const theLead = kaizenLead();
  const theOptions = kaizenOptions();
  const attribution = attributeMatches(theLead, theOptions);

  it('Kaizen "Pat Boyle": name, account, email, phone; the Phone row is the matched one', () => {
    const patBoyle = theOptions.contacts[1]!;
    expect(compareRows(theLead, patBoyle, 'Contacts', attribution)).toEqual([
      { apiName: 'Full_Name', label: 'Name', leadValue: 'Pat Boyle', candidateValue: 'Pat Boyle', same: true, matched: false },
      { apiName: 'Account_Name', label: 'Account name', leadValue: 'Zylker Biotech', candidateValue: 'Zylker Biotech', same: true, matched: false },
      { apiName: 'Email', label: 'Email', leadValue: 'pat.boyle@zylker.com', candidateValue: null, same: false, matched: false },
      { apiName: 'Phone', label: 'Phone', leadValue: '9844444444', candidateValue: '9844444444', same: true, matched: true },
    ]);
  });

  it('Kaizen "Boyle": Email matched, names differ, no account', () => {
    const rows = compareRows(theLead, theOptions.contacts[0]!, 'Contacts', attribution);
    expect(rows.find((r) => r.apiName === 'Email')).toMatchObject({ same: true, matched: true });
    expect(rows.find((r) => r.apiName === 'Full_Name')).toMatchObject({ leadValue: 'Pat Boyle', candidateValue: 'Boyle', same: false });
    expect(rows.find((r) => r.apiName === 'Account_Name')).toMatchObject({ candidateValue: null, same: false });
  });

  it('an account: Account_Name ↔ Company (matched), Phone, Website, Account_Type; state fields left out', () => {
    const rows = compareRows(theLead, theOptions.accounts[0]!, 'Accounts', attribution);
    expect(rows.map((r) => r.apiName)).toEqual(['Account_Name', 'Phone', 'Website', 'Account_Type']);
    expect(rows[0]).toMatchObject({ leadValue: 'Zylker Biotech', candidateValue: 'Zylker Biotech', same: true, matched: true, label: 'Account name' });
    expect(rows[1]).toMatchObject({ leadValue: '9844444444', candidateValue: null, matched: false });
    expect(attribution.accounts[KAIZEN.accountZylker]).toHaveLength(1);
  });

  it('extra candidate fields pair with the same lead field', () => {
    const candidate = account({ id: '9', name: 'Globex', phone: '+1 555 0199', fields: { Industry: 'Retail', Layout: 'x' } });
    const rows = compareRows(lead({ phone: '555-0199', fields: { Industry: 'retail ' } }), candidate, 'Accounts', attributeMatches(lead(), options()));
    expect(rows.find((r) => r.apiName === 'Industry')).toMatchObject({ leadValue: 'retail', candidateValue: 'Retail', same: true, matched: false });
    expect(rows.find((r) => r.apiName === 'Phone')).toMatchObject({ leadValue: '555-0199', candidateValue: '+1 555 0199', same: true });
    expect(rows.some((r) => r.apiName === 'Layout')).toBe(false);
  });
});
