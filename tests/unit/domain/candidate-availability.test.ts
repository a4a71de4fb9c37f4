import { describe, expect, it } from 'vitest';
import { candidateDisabledReason } from '../../../app/domain/candidate-availability';
import { account, contact } from '../../support/builders';

describe('candidateDisabledReason', () => {
  it.each([
    ['a free contact', contact(), null],
    ['a free account', account(), null],
    ['a locked contact', contact({ locked: true }), 'locked'],
    ['a locked account', account({ locked: true }), 'locked'],
    ['a contact whose account is locked', contact({ account: { id: '1', name: 'A', locked: true } }), 'account-locked'],
    ['a contact whose account is free', contact({ account: { id: '1', name: 'A', locked: false } }), null],
    ['a read-only contact', contact({ editable: false }), 'not-editable'],
    ['a read-only account', account({ editable: false }), 'not-editable'],
    ['a pending contact', contact({ approvalState: 'pending' }), 'not-approved'],
    ['a rejected account', account({ approvalState: 'approval_process_rejected' }), 'not-approved'],
    ['locked wins over read-only', contact({ locked: true, editable: false }), 'locked'],
  ])('%s → %s', (_name, candidate, expected) => {
    expect(candidateDisabledReason(candidate)).toBe(expected);
  });
});
