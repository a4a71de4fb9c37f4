// Whatever session storage holds, restoring a draft never throws and only brings back ids the fresh options offer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../../app/domain/restore-draft';
import { KAIZEN, kaizenContext } from '../../support/builders';
import { hostileValue, mutated, RUNS } from './hostile-json';

const VALID = {
  contact: { kind: 'existing', id: KAIZEN.contactBoyle },
  account: { kind: 'existing', id: KAIZEN.accountZylker },
  createDeal: true,
  deal: { Deal_Name: 'D', Closing_Date: '2030-01-01' },
  ownerId: '900',
  attachmentsTo: 'Contacts',
  carryOverTags: { Contacts: ['Hot'] },
};

describe('restoreDraft under fuzzing', () => {
  it('returns only offered contacts/accounts, active owners and string deal values', () => {
    const ctx = kaizenContext();
    const offered = new Set([...ctx.options.contacts, ...ctx.options.accounts].map((candidate) => candidate.id));
    fc.assert(
      fc.property(fc.oneof(hostileValue, mutated(VALID)), (saved) => {
        const { choices } = restoreDraft(saved, ctx);
        for (const choice of [choices.contact, choices.account]) {
          if (choice?.kind === 'existing') expect(offered.has(choice.id)).toBe(true);
        }
        if (choices.ownerId !== undefined) expect(ctx.users.map((user) => user.id)).toContain(choices.ownerId);
        for (const value of Object.values(choices.deal ?? {})) expect(typeof value).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});
