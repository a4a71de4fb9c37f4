import { describe, expect, it } from 'vitest';
import type { LeadConverter } from '../../../app/api/crm-host';
import { checkConversion } from '../../../app/domain/check-conversion';
import type { ConversionChoices } from '../../../app/domain/conversion-model';
import { KAIZEN, account, contact, context, kaizenContext, lead, options } from '../../support/builders';

const TODAY = '2024-09-20';
const caseIChoices: ConversionChoices = {
  contact: { kind: 'existing', id: KAIZEN.contactPatBoyle },
  account: { kind: 'existing', id: KAIZEN.accountZylker },
  overwrite: true,
  notifyLeadOwner: true,
  notifyNewOwner: true,
  createDeal: true,
  deal: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Stage: 'Negotiation/Review', Amount: '20000000', Pipeline: 'Standard (Standard)' },
};
const converterOf = (result: ReturnType<typeof checkConversion>): LeadConverter => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.converter;
};
const tags = [{ id: 't1', name: 'Hot', colorCode: null }, { id: 't2', name: 'VIP', colorCode: null }];

describe('checkConversion — Kaizen 137 Case I', () => {
  it("builds the article's Case I body (plus the default attachments target)", () => {
    const articleCaseI = {
      overwrite: true,
      notify_lead_owner: true,
      notify_new_entity_owner: true,
      Accounts: { id: '4876876000007421010' },
      Contacts: { id: '4876876000007421001' },
      Deals: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Stage: 'Negotiation/Review', Amount: 20000000, Pipeline: 'Standard (Standard)' },
    };
    const converter = converterOf(checkConversion(kaizenContext(), caseIChoices, TODAY));
    // overwrite only renames the account when its name differs from the Company; here both are "Zylker Biotech",
    // so the article's `true` and our `false` mean the same thing (§3.2).
    expect({ ...converter, overwrite: true }).toEqual({ ...articleCaseI, move_attachments_to: { api_name: 'Contacts' } });
    expect(converter.overwrite).toBe(false);
  });

  it('Case II (create new) sends no ids and the notify flags', () => {
    const converter = converterOf(checkConversion(kaizenContext(), { contact: { kind: 'new' }, account: { kind: 'new' }, notifyLeadOwner: true, notifyNewOwner: true }, TODAY));
    expect(converter).toEqual({ overwrite: false, notify_lead_owner: true, notify_new_entity_owner: true, move_attachments_to: { api_name: 'Contacts' } });
  });

  it('defaults alone: Pat Boyle and Zylker Biotech, booleans explicit, no deal', () => {
    expect(converterOf(checkConversion(kaizenContext(), {}, TODAY))).toEqual({
      overwrite: false, notify_lead_owner: false, notify_new_entity_owner: false, move_attachments_to: { api_name: 'Contacts' },
      Accounts: { id: KAIZEN.accountZylker }, Contacts: { id: KAIZEN.contactPatBoyle },
    });
  });
});

describe('checkConversion — problems', () => {
  const weak = options({
    contacts: [contact({ id: '1', fullName: 'Nina Nomatch' }), contact({ id: '2', email: 'nina@example.com', locked: true })],
    accounts: [account({ id: '9', name: 'Fresh Start Labs' }), account({ id: '8', editable: false })],
    matchedOn: { contacts: [{ apiName: 'Full_Name', fieldId: null, label: null, unique: null, value: 'Nina Nomatch' }], accounts: [{ apiName: 'Account_Name', fieldId: null, label: null, unique: null, value: 'Fresh Start Labs' }] },
  });

  it.each([
    ['weak evidence only: the rep must choose both', {}, [{ kind: 'choose-contact' }, { kind: 'choose-account' }]],
    ['a locked contact', { contact: { kind: 'existing', id: '2' }, account: { kind: 'new' } }, [{ kind: 'candidate-disabled', module: 'Contacts', id: '2', reason: 'locked' }]],
    ['a read-only account', { contact: { kind: 'new' }, account: { kind: 'existing', id: '8' } }, [{ kind: 'candidate-disabled', module: 'Accounts', id: '8', reason: 'not-editable' }]],
    ['a contact Zoho did not offer', { contact: { kind: 'existing', id: '77' }, account: { kind: 'new' } }, [{ kind: 'candidate-unknown', module: 'Contacts', id: '77' }]],
    ['an account Zoho did not offer', { contact: { kind: 'new' }, account: { kind: 'existing', id: '78' } }, [{ kind: 'candidate-unknown', module: 'Accounts', id: '78' }]],
    ['an owner who is not an active user', { contact: { kind: 'new' }, account: { kind: 'new' }, ownerId: '999' }, [{ kind: 'owner-unknown', id: '999' }]],
    ['an invalid deal', { contact: { kind: 'new' }, account: { kind: 'new' }, createDeal: true, deal: { Stage: 'Nope', Amount: '-1' } }, [
      { kind: 'deal-field', apiName: 'Stage', error: 'stage-not-in-pipeline' },
      { kind: 'deal-field', apiName: 'Amount', error: 'negative' },
    ]],
  ] as [string, ConversionChoices, unknown[]][])('%s', (_name, choices, problems) => {
    const result = checkConversion(context({ options: weak }), choices, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(problems);
  });

  it('a contact whose account is locked cannot be chosen; the account follows without its own problem', () => {
    const ctx = context({ options: options({ contacts: [contact({ id: '1', account: { id: '5', name: 'Fresh Start Labs', locked: true } })] }) });
    const result = checkConversion(ctx, { contact: { kind: 'existing', id: '1' } }, TODAY);
    expect(result.ok ? [] : result.problems).toEqual([{ kind: 'candidate-disabled', module: 'Contacts', id: '1', reason: 'account-locked' }]);
  });
});

describe('checkConversion — converter details', () => {
  it('a linked contact brings its account even when the account is not among the candidates', () => {
    const ctx = context({ lead: lead({ company: 'New Horizons Ltd' }), options: options({ contacts: [contact({ id: '1', account: { id: '7', name: 'Old Employer Inc', locked: false } })] }) });
    const converter = converterOf(checkConversion(ctx, { contact: { kind: 'existing', id: '1' }, overwrite: true }, TODAY));
    expect(converter).toMatchObject({ Contacts: { id: '1' }, Accounts: { id: '7' }, overwrite: true });
  });

  it('no Company and nothing chosen: no Accounts key, attachments cannot go to Accounts', () => {
    const converter = converterOf(checkConversion(context({ lead: lead({ company: null }) }), { attachmentsTo: 'Accounts', overwrite: true }, TODAY));
    expect(converter).toEqual({ overwrite: false, notify_lead_owner: false, notify_new_entity_owner: false, move_attachments_to: { api_name: 'Contacts' } });
  });

  it.each([
    ['Deals with a deal', { createDeal: true, attachmentsTo: 'Deals' }, 'Deals'],
    ['Deals without a deal falls back to Contacts', { attachmentsTo: 'Deals' }, 'Contacts'],
    ['Accounts with a Company', { attachmentsTo: 'Accounts' }, 'Accounts'],
  ] as [string, ConversionChoices, string][])('attachments: %s', (_name, choices, target) => {
    const converter = converterOf(checkConversion(context(), { contact: { kind: 'new' }, ...choices }, TODAY));
    expect(converter.move_attachments_to).toEqual({ api_name: target });
  });

  it('a deal from the defaults alone is valid (today + 30, default pipeline, first stage)', () => {
    const converter = converterOf(checkConversion(context(), { createDeal: true }, TODAY));
    expect(converter.Deals).toEqual({ Deal_Name: 'Fresh Start Labs', Closing_Date: '2024-10-20', Pipeline: 'Standard (Standard)', Stage: 'Qualification' });
  });

  it.each([
    ['another owner', '901', { id: '901' }],
    ['the lead owner', '900', undefined],
    ['no choice', undefined, undefined],
  ])('assign_to: %s', (_name, ownerId, expected) => {
    expect(converterOf(checkConversion(context(), { ownerId }, TODAY)).assign_to).toEqual(expected);
  });

  it.each([
    ['no tags on the lead', [], undefined, undefined],
    ['default: every tag to every module that will exist', tags, undefined, { Contacts: ['Hot', 'VIP'], Accounts: ['Hot', 'VIP'] }],
    ['per module choice, unknown names dropped, empty lists omitted', tags, { Contacts: ['VIP', 'Cold'], Accounts: [] }, { Contacts: ['VIP'] }],
    ['one module left to the default', tags, { Contacts: ['Hot'] }, { Contacts: ['Hot'], Accounts: ['Hot', 'VIP'] }],
    ['nothing chosen anywhere', tags, { Contacts: [], Accounts: [] }, undefined],
  ] as [string, typeof tags, ConversionChoices['carryOverTags'], LeadConverter['carry_over_tags']][])('carry_over_tags: %s', (_name, leadTags, carryOverTags, expected) => {
    const converter = converterOf(checkConversion(context({ lead: lead({ tags: leadTags }) }), { carryOverTags }, TODAY));
    expect(converter.carry_over_tags).toEqual(expected);
  });

  it('tags go to Deals when a deal is created', () => {
    const converter = converterOf(checkConversion(context({ lead: lead({ tags }) }), { createDeal: true, carryOverTags: { Contacts: [], Accounts: [] } }, TODAY));
    expect(converter.carry_over_tags).toEqual({ Deals: ['Hot', 'VIP'] });
  });

  it('keeps the notes when there are problems', () => {
    const result = checkConversion(context({ lead: lead({ company: null }) }), { ownerId: 'x' }, TODAY);
    expect(result).toMatchObject({ ok: false, notes: [{ kind: 'no-account-without-company' }] });
  });

  it('without deal metadata the documented mandatory keys are still checked', () => {
    const result = checkConversion(context({ dealSetup: null }), { createDeal: true, deal: { Deal_Name: '' } }, TODAY);
    expect(result.ok ? [] : result.problems).toEqual([{ kind: 'deal-field', apiName: 'Deal_Name', error: 'required' }, { kind: 'deal-field', apiName: 'Stage', error: 'required' }]);
  });
});
