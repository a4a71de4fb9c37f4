import { describe, expect, it } from 'vitest';
import type { LeadConverter } from '../../../app/api/crm-host';
import { reviewSentences, type ReviewSentence } from '../../../app/domain/review-sentences';
import { enReview, reviewSentenceText } from '../../../app/i18n/en-review';
import { KAIZEN, context, kaizenContext, lead, standardDealSetup, standardPipeline, user } from '../../support/builders';

const caseI: LeadConverter = {
  overwrite: false,
  notify_lead_owner: true,
  notify_new_entity_owner: true,
  move_attachments_to: { api_name: 'Contacts' },
  Accounts: { id: KAIZEN.accountZylker },
  Contacts: { id: KAIZEN.contactPatBoyle },
  Deals: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Stage: 'Negotiation/Review', Amount: 20000000, Pipeline: 'Standard (Standard)' },
};

describe('reviewSentences', () => {
  it('Kaizen Case I in plain English', () => {
    const sentences = reviewSentences(kaizenContext(), caseI);
    expect(sentences.map((sentence) => reviewSentenceText(sentence, 'en-GB'))).toEqual([
      'Pat Boyle will be added to the existing contact Pat Boyle (matched on Phone).',
      'Account Zylker Biotech will be linked (the contact already belongs to it).',
      'A deal “Zylker Deal” will be created in Standard (Standard) / Negotiation/Review, closing 20 Oct 2024, amount $20,000,000.',
      'The new deal will be owned by Amelia Burrows.',
      'Amelia Burrows will get an email about the conversion.',
      'The owner of the new deal will get an email.',
      "The lead's attachments, if any, will move to the contact.",
    ]);
  });

  it('new records, no Company, no deal, another owner, tags', () => {
    const theLead = lead({ company: null, tags: [{ id: 't', name: 'Hot', colorCode: null }] });
    const converter: LeadConverter = { overwrite: false, notify_lead_owner: false, notify_new_entity_owner: false, assign_to: { id: '901' }, carry_over_tags: { Contacts: ['Hot', 'VIP'] } };
    expect(reviewSentences(context({ lead: theLead }), converter)).toEqual<ReviewSentence[]>([
      { kind: 'contact-new', name: 'Nina Nomatch' },
      { kind: 'account-none' },
      { kind: 'no-deal' },
      { kind: 'owner', name: 'Jordan Lee', records: ['Contacts'] },
      { kind: 'tags', module: 'Contacts', names: ['Hot', 'VIP'] },
    ]);
  });

  it('overwrite renames the linked account to the Company', () => {
    const ctx = kaizenContext({ lead: { ...kaizenContext().lead, company: 'Zylker Biotech GmbH' } });
    const sentences = reviewSentences(ctx, { ...caseI, overwrite: true, Deals: undefined });
    expect(sentences).toContainEqual({ kind: 'account-renamed', from: 'Zylker Biotech', to: 'Zylker Biotech GmbH' });
  });

  it('uses display values of pipeline and stage, and the org currency', () => {
    const ctx = context({ dealSetup: standardDealSetup(), org: null, users: [user('900', 'Morgan Reed')] });
    const sentences = reviewSentences(ctx, { Deals: { Deal_Name: 'D', Closing_Date: '2025-01-31', Stage: 'Id. Decision Makers', Pipeline: standardPipeline().actualValue } });
    expect(sentences).toContainEqual({ kind: 'deal', name: 'D', pipeline: 'Standard (Standard)', stage: 'Identify Decision Makers', closingDate: '2025-01-31', amount: null, currency: null });
  });
});

describe('reviewSentenceText', () => {
  it.each<[ReviewSentence, string]>([
    [{ kind: 'contact-new', name: 'Nina Nomatch' }, 'A new contact Nina Nomatch will be created.'],
    [{ kind: 'contact-existing', name: 'Boyle', matchedOn: ['Email', 'Phone', 'Name'], leadName: 'Pat Boyle' }, 'Pat Boyle will be added to the existing contact Boyle (matched on Email, Phone and Name).'],
    [{ kind: 'contact-existing', name: 'Boyle', matchedOn: [], leadName: 'Pat Boyle' }, 'Pat Boyle will be added to the existing contact Boyle.'],
    [{ kind: 'account-new', name: 'Zylker' }, "A new account Zylker will be created from the lead's company."],
    [{ kind: 'account-existing', name: 'Zylker Biotech', followsContact: false }, 'Account Zylker Biotech will be linked.'],
    [{ kind: 'account-none' }, 'No account will be created: the lead has no company.'],
    [{ kind: 'account-renamed', from: 'Old', to: 'New' }, "The account Old will be renamed to New, the lead's company."],
    [{ kind: 'deal', name: 'D', pipeline: '', stage: 'Won', closingDate: '2025-01-31', amount: 1234.5, currency: 'EUR' }, 'A deal “D” will be created in Won, closing 31 Jan 2025, amount €1,234.50.'],
    [{ kind: 'deal', name: 'D', pipeline: 'P', stage: 'S', closingDate: 'soon', amount: 10, currency: null }, 'A deal “D” will be created in P / S, closing soon, amount 10.'],
    [{ kind: 'deal', name: 'D', pipeline: 'P', stage: 'S', closingDate: '2025-01-31', amount: 10, currency: 'XYZ1' }, 'A deal “D” will be created in P / S, closing 31 Jan 2025, amount 10 XYZ1.'],
    [{ kind: 'no-deal' }, 'No deal will be created.'],
    [{ kind: 'owner', name: 'Jordan Lee', records: ['Contacts', 'Accounts', 'Deals'] }, 'The new contact, account and deal will be owned by Jordan Lee.'],
    [{ kind: 'notify-lead-owner', name: '' }, 'The lead owner will get an email about the conversion.'],
    [{ kind: 'notify-new-owner', records: ['Contacts'] }, 'The owner of the new contact will get an email.'],
    [{ kind: 'attachments', module: 'Deals' }, "The lead's attachments, if any, will move to the deal."],
    [{ kind: 'tags', module: 'Accounts', names: ['Hot'] }, 'The account will get the tags Hot.'],
  ])('%j', (sentence, text) => {
    expect(reviewSentenceText(sentence, 'en-GB')).toBe(text);
    expect(enReview.sentence(sentence, 'en-GB')).toBe(text);
  });
});
