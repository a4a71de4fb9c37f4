import { describe, expect, it } from 'vitest';
import { effectiveResolution } from '../../../app/domain/effective-resolution';
import { KAIZEN, account, contact, context, kaizenContext, lead, options } from '../../support/builders';

const dora = contact({ id: '1', fullName: 'Dora Different', account: { id: '7', name: 'Old Employer Inc', locked: false } });
const unlinked = contact({ id: '2', fullName: 'Una Linked' });
const withCandidates = (theLead = lead()) => context({ lead: theLead, options: options({ contacts: [dora, unlinked], accounts: [account({ id: '8', name: 'Other' })] }) });

describe('effectiveResolution', () => {
  it('Kaizen 137 defaults: Pat Boyle with Zylker Biotech following, no overwrite offered (same name)', () => {
    expect(effectiveResolution(kaizenContext(), {})).toEqual({
      contact: { kind: 'existing', id: KAIZEN.contactPatBoyle },
      account: { kind: 'existing', id: KAIZEN.accountZylker },
      accountFollowsContact: true,
      notes: [{ kind: 'account-follows-contact', contactName: 'Pat Boyle', accountName: 'Zylker Biotech' }],
    });
  });

  it('a linked contact forces its account over the rep\'s account choice and offers overwrite when names differ', () => {
    const result = effectiveResolution(withCandidates(lead({ company: 'New Horizons Ltd' })), { contact: { kind: 'existing', id: '1' }, account: { kind: 'existing', id: '8' } });
    expect(result.account).toEqual({ kind: 'existing', id: '7' });
    expect(result.accountFollowsContact).toBe(true);
    expect(result.notes).toEqual([
      { kind: 'account-follows-contact', contactName: 'Dora Different', accountName: 'Old Employer Inc' },
      { kind: 'overwrite-available', contactAccountName: 'Old Employer Inc', leadCompany: 'New Horizons Ltd' },
    ]);
  });

  it.each([
    ['same name in other case', 'old employer inc '],
    ['no Company', null],
    ['blank Company', '  '],
  ])('no overwrite offered: %s', (_name, company) => {
    const result = effectiveResolution(withCandidates(lead({ company })), { contact: { kind: 'existing', id: '1' } });
    expect(result.notes.map((n) => n.kind)).toEqual(['account-follows-contact']);
  });

  it.each([
    ['new contact, no Company, nothing chosen', lead({ company: null }), {}, { kind: 'none' }, true],
    ['no Company and "new" chosen collapses to none', lead({ company: null }), { account: { kind: 'new' } as const }, { kind: 'none' }, true],
    ['no Company but an existing account chosen', lead({ company: null }), { account: { kind: 'existing', id: '8' } as const }, { kind: 'existing', id: '8' }, false],
    ['a Company and "none" chosen collapses to new', lead(), { account: { kind: 'none' } as const }, { kind: 'new' }, false],
  ])('%s', (_name, theLead, choices, expectedAccount, notedNoAccount) => {
    const result = effectiveResolution(context({ lead: theLead }), { contact: { kind: 'new' }, ...choices });
    expect(result.account).toEqual(expectedAccount);
    expect(result.accountFollowsContact).toBe(false);
    expect(result.notes.some((n) => n.kind === 'no-account-without-company')).toBe(notedNoAccount);
  });

  it('an unlinked existing contact leaves the account to the rep (null while undecided)', () => {
    const ctx = context({ options: options({ contacts: [unlinked], accounts: [account({ id: '8' })] }) });
    const result = effectiveResolution(ctx, { contact: { kind: 'existing', id: '2' } });
    expect(result).toMatchObject({ contact: { kind: 'existing', id: '2' }, account: null, accountFollowsContact: false, notes: [] });
  });

  it('the rep\'s choice wins over the default', () => {
    const result = effectiveResolution(kaizenContext(), { contact: { kind: 'new' }, account: { kind: 'new' } });
    expect(result).toMatchObject({ contact: { kind: 'new' }, account: { kind: 'new' }, accountFollowsContact: false, notes: [] });
  });
});
