import { describe, expect, it } from 'vitest';
import { classifyRow, isRetryableRow, pendingRow } from '../../../app/domain/bulk/classify-row';
import { account, contact, fieldMatch, lead, options } from '../../support/builders';

describe('classifyRow', () => {
  it.each([
    ['converted', lead({ converted: true }), undefined, 'cannot-convert', { kind: 'ineligible', reason: 'converted' }],
    ['not approved', lead({ approvalState: 'pending' }), undefined, 'cannot-convert', { kind: 'ineligible', reason: 'not-approved' }],
    ['locked', lead({ locked: true }), undefined, 'cannot-convert', { kind: 'ineligible', reason: 'locked' }],
    ['in merge', lead({ inMerge: true }), undefined, 'cannot-convert', { kind: 'ineligible', reason: 'in-merge' }],
    ['no contacts module', lead(), { available: false as const }, 'cannot-convert', { kind: 'ineligible', reason: 'no-contacts-module' }],
    ['options not read yet', lead(), undefined, 'unreadable', null],
    ['no matches', lead(), options(), 'ready', null],
    ['contact match', lead(), options({ contacts: [contact()], matchedOn: { contacts: [fieldMatch('Email', 'x')], accounts: [] } }), 'needs-review', { kind: 'contact-match', count: 1 }],
    ['account match', lead(), options({ accounts: [account(), account({ id: 'a2' })] }), 'needs-review', { kind: 'account-match', count: 2 }],
  ])('%s', (_, theLead, theOptions, status, reason) => {
    const row = classifyRow(theLead, theOptions);
    expect(row.status).toBe(status);
    expect(row.reason).toEqual(reason);
  });

  it('a ready lead that failed before comes back as needs-review with its reason', () => {
    expect(classifyRow(lead(), options(), 'boom')).toMatchObject({ status: 'needs-review', reason: { kind: 'previous-attempt-failed', message: 'boom' } });
  });

  it('retryable rows', () => {
    expect(isRetryableRow(pendingRow('1'))).toBe(true);
    expect(isRetryableRow({ ...pendingRow('1'), reason: { kind: 'read-failed', what: 'options', message: 'x', retryable: true } })).toBe(true);
    expect(isRetryableRow({ ...pendingRow('1'), reason: { kind: 'lead-not-found' } })).toBe(false);
    expect(isRetryableRow(classifyRow(lead(), options()))).toBe(false);
  });
});
