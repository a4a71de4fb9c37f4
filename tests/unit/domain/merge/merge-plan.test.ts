import { describe, expect, it } from 'vitest';
import { effectiveResolution } from '../../../../app/domain/effective-resolution';
import { buildMergePlan, type MergeInputs } from '../../../../app/domain/merge/merge-plan';
import { withSearchedRecords } from '../../../../app/domain/merge/with-searched-records';
import { enMerge } from '../../../../app/i18n/en-merge';
import { account, contact, context, fieldMatch, lead, options } from '../../../support/builders';

const theLead = lead({ fullName: 'Mia Merge', company: 'Mergely GmbH', email: 'mia@mergely.example', fields: { First_Name: 'Mia', Last_Name: 'Merge', Email: 'mia@mergely.example', Phone: '030 1201', Mobile: '0170 1202', Designation: 'Head of Ops', Company: 'Mergely GmbH' } });
const mia = contact({ id: '201', fullName: 'Mia Merge', email: 'mia@mergely.example', account: { id: '301', name: 'Mergely GmbH', locked: false } });
const miaRecord = { ...mia, fields: { Full_Name: 'Mia Merge', Email: 'mia@mergely.example', Phone: '030 1999', Mobile: null, Title: 'Ops', First_Name: 'Mia', Last_Name: 'Merge' } };
const mergely = account({ id: '301', name: 'Mergely GmbH', fields: { Account_Name: 'Mergely GmbH', Phone: '030 1201' } });

function inputs(overrides: Partial<MergeInputs> = {}): MergeInputs {
  const ctx = context({ lead: theLead, options: options({ contacts: [mia], matchedOn: { contacts: [fieldMatch('Email', 'mia@mergely.example')], accounts: [] } }) });
  const resolution = effectiveResolution(ctx, { contact: { kind: 'existing', id: '201' } });
  return {
    context: ctx,
    resolution,
    suggested: { contactId: '201', accountId: '301' },
    records: { Contacts: miaRecord, Accounts: mergely },
    searchedIds: new Set(),
    picks: { '201': { Phone: 'lead' } },
    auditNote: true,
    ...overrides,
  };
}

describe('buildMergePlan', () => {
  it('plans one update per existing record and the audit facts', () => {
    const plan = buildMergePlan(inputs());
    expect(plan.merges.map((merge) => [merge.module, merge.id, merge.update])).toEqual([
      ['Contacts', '201', { Phone: '030 1201', Mobile: '0170 1202' }],
      ['Accounts', '301', null],
    ]);
    expect(plan.audit).toMatchObject({
      leadName: 'Mia Merge',
      contact: { kind: 'existing', name: 'Mia Merge', origin: 'suggested', followsContact: false },
      account: { kind: 'existing', name: 'Mergely GmbH', origin: 'suggested', followsContact: true },
    });
    expect(plan.audit?.records[0]?.kept.map((row) => row.field)).toEqual(['Title']);
  });

  it('skips records not read yet, and the note when the rep turned it off', () => {
    const plan = buildMergePlan(inputs({ records: {}, auditNote: false }));
    expect(plan).toEqual({ merges: [], audit: null });
  });

  it('says a searched record was found by search', () => {
    const sara = contact({ id: '205', fullName: 'Sara Searchme' });
    const ctx = withSearchedRecords(context({ lead: theLead, options: options() }), { Contacts: sara });
    expect(ctx.options.contacts.map((c) => c.id)).toEqual(['205']);
    const plan = buildMergePlan(inputs({ context: ctx, resolution: effectiveResolution(ctx, { contact: { kind: 'existing', id: '205' } }), records: {}, searchedIds: new Set(['205']), suggested: { contactId: null, accountId: null } }));
    expect(plan.audit?.contact).toMatchObject({ kind: 'existing', name: 'Sara Searchme', origin: 'searched' });
    expect(plan.audit?.account).toEqual({ kind: 'new' });
  });
});

describe('the audit note text', () => {
  it('records what matched, what the rep chose and which fields were overwritten', () => {
    const plan = buildMergePlan(inputs());
    expect(enMerge.auditNote(plan.audit!)).toEqual({
      title: 'Lead conversion: Mia Merge',
      content: [
        'Converted from the lead “Mia Merge” with Lead Convert.',
        'Contact: added to the existing contact “Mia Merge”, suggested by Zoho and kept by the rep; matched on Email “mia@mergely.example”.',
        'Account: added to the existing account “Mergely GmbH”, suggested by Zoho and kept by the rep; linked to the chosen contact.',
        'Contact “Mia Merge”, fields taken from the lead: Phone: “030 1999” → “030 1201”; Mobile: filled with “0170 1202”.',
        'Contact “Mia Merge” kept its own Title “Ops” (lead: “Head of Ops”).',
        'Account “Mergely GmbH”: no field overwritten.',
      ].join('\n'),
    });
  });
});
