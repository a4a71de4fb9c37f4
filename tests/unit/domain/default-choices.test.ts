import { describe, expect, it } from 'vitest';
import { defaultChoices } from '../../../app/domain/default-choices';
import { KAIZEN, account, contact, context, fieldMatch, kaizenContext, lead, options } from '../../support/builders';

const phone = fieldMatch('Phone', '111 2222');
const email = fieldMatch('Email', 'a@x.com');
const name = fieldMatch('Full_Name', 'Nina Nomatch');
const companyMatch = fieldMatch('Account_Name', 'Fresh Start Labs');

describe('defaultChoices', () => {
  it('Kaizen 137: suggests "Pat Boyle" (unique Phone beats Email) and its account Zylker Biotech follows', () => {
    expect(defaultChoices(kaizenContext())).toEqual({
      contact: { kind: 'existing', id: KAIZEN.contactPatBoyle },
      account: { kind: 'existing', id: KAIZEN.accountZylker },
      suggestedContactId: KAIZEN.contactPatBoyle,
      suggestedAccountId: KAIZEN.accountZylker,
    });
  });

  it.each([
    ['no candidates, lead with Company', lead(), options(), { contact: { kind: 'new' }, account: { kind: 'new' }, suggestedContactId: null, suggestedAccountId: null }],
    ['no candidates, lead without Company', lead({ company: null }), options(), { contact: { kind: 'new' }, account: { kind: 'none' }, suggestedContactId: null, suggestedAccountId: null }],
    [
      'one contact by Email (strong), no link',
      lead(),
      options({ contacts: [contact({ id: '1', email: 'a@x.com' })], matchedOn: { contacts: [email], accounts: [] } }),
      { contact: { kind: 'existing', id: '1' }, account: { kind: 'new' }, suggestedContactId: '1', suggestedAccountId: null },
    ],
    [
      'one contact by name only (weak): shown, not preselected',
      lead(),
      options({ contacts: [contact({ id: '1', fullName: 'Nina Nomatch' })], matchedOn: { contacts: [name], accounts: [] } }),
      { contact: null, account: { kind: 'new' }, suggestedContactId: null, suggestedAccountId: null },
    ],
    [
      'one account by company only (weak): the rep chooses',
      lead(),
      options({ accounts: [account({ id: '9', name: 'Fresh Start Labs' })], matchedOn: { contacts: [], accounts: [companyMatch] } }),
      { contact: { kind: 'new' }, account: null, suggestedContactId: null, suggestedAccountId: null },
    ],
    [
      'one account by a unique field (strong)',
      lead(),
      options({ accounts: [account({ id: '9', phone: '1112222' })], matchedOn: { contacts: [], accounts: [phone] } }),
      { contact: { kind: 'new' }, account: { kind: 'existing', id: '9' }, suggestedContactId: null, suggestedAccountId: '9' },
    ],
    [
      'two contacts with the same Email: ambiguous',
      lead(),
      options({ contacts: [contact({ id: '1', email: 'a@x.com' }), contact({ id: '2', email: 'A@x.com' })], matchedOn: { contacts: [email], accounts: [] } }),
      { contact: null, account: { kind: 'new' }, suggestedContactId: null, suggestedAccountId: null },
    ],
    [
      'the only strong candidate is locked: the rep chooses',
      lead(),
      options({ contacts: [contact({ id: '1', email: 'a@x.com', locked: true })], matchedOn: { contacts: [email], accounts: [] } }),
      { contact: null, account: { kind: 'new' }, suggestedContactId: null, suggestedAccountId: null },
    ],
    [
      'a read-only record holds the unique value, a free one the Email: the rep chooses',
      lead(),
      options({
        contacts: [contact({ id: '1', fields: { Phone: '1112222' }, editable: false }), contact({ id: '2', email: 'a@x.com' })],
        matchedOn: { contacts: [phone, email], accounts: [] },
      }),
      { contact: null, account: { kind: 'new' }, suggestedContactId: null, suggestedAccountId: null },
    ],
    [
      'candidates without any attributable match are not suggested',
      lead(),
      options({ contacts: [contact({ id: '1' })], matchedOn: { contacts: [email], accounts: [] } }),
      { contact: null, account: { kind: 'new' }, suggestedContactId: null, suggestedAccountId: null },
    ],
  ])('%s', (_name, theLead, theOptions, expected) => {
    expect(defaultChoices(context({ lead: theLead, options: theOptions }))).toEqual(expected);
  });
});
