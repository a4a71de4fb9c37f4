import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../../app/domain/restore-draft';
import { contact, KAIZEN, kaizenContext, kaizenLead, kaizenOptions } from '../../support/builders';

describe('restoreDraft', () => {
  it('keeps every choice that still fits the fresh options', () => {
    const saved = {
      contact: { kind: 'existing', id: KAIZEN.contactBoyle },
      account: { kind: 'new' },
      overwrite: true,
      createDeal: true,
      deal: { Deal_Name: 'D', Amount: '12' },
      ownerId: '900',
      notifyLeadOwner: false,
      notifyNewOwner: true,
      attachmentsTo: 'Deals',
      carryOverTags: { Contacts: ['Hot'] },
    };
    const ctx = kaizenContext({ lead: kaizenLead({ tags: [{ id: '1', name: 'Hot', colorCode: null }] }) });
    expect(restoreDraft(saved, ctx)).toEqual({ choices: saved, dropped: [] });
  });

  it('drops a contact or account no longer offered, and an owner no longer active, naming what it dropped', () => {
    const saved = { contact: { kind: 'existing', id: '111' }, account: { kind: 'existing', id: '222' }, ownerId: '333', createDeal: true };
    expect(restoreDraft(saved, kaizenContext())).toEqual({
      choices: { createDeal: true },
      dropped: [{ kind: 'contact', id: '111' }, { kind: 'account', id: '222' }, { kind: 'owner', id: '333' }],
    });
  });

  it('drops a contact that has been locked since the draft was saved', () => {
    const options = kaizenOptions();
    options.contacts = [contact({ id: KAIZEN.contactBoyle, locked: true })];
    expect(restoreDraft({ contact: { kind: 'existing', id: KAIZEN.contactBoyle } }, kaizenContext({ options })).dropped).toEqual([{ kind: 'contact', id: KAIZEN.contactBoyle }]);
  });

  it('keeps the owner while the users are still unknown', () => {
    expect(restoreDraft({ ownerId: '333' }, kaizenContext({ users: [] })).choices).toEqual({ ownerId: '333' });
  });

  it('keeps "no account" only for a lead without a company, and only the lead’s own tags', () => {
    expect(restoreDraft({ account: { kind: 'none' } }, kaizenContext()).choices).toEqual({});
    expect(restoreDraft({ account: { kind: 'none' } }, kaizenContext({ lead: kaizenLead({ company: null }) })).choices).toEqual({ account: { kind: 'none' } });
    expect(restoreDraft({ carryOverTags: { Contacts: ['Gone', 7], Leads: ['x'] } }, kaizenContext()).choices).toEqual({ carryOverTags: { Contacts: [] } });
  });

  it.each([null, undefined, 'text', 42, [], { contact: { kind: 'existing', id: '../1' } }, { deal: { Amount: 12 } }])('ignores %j', (saved) => {
    expect(restoreDraft(saved, kaizenContext())).toEqual({ choices: {}, dropped: [] });
  });
});
