import { describe, expect, it } from 'vitest';
import { reconcileConvert } from '../../../app/domain/reconcile-convert';
import { lead } from '../../support/builders';

describe('reconcileConvert', () => {
  it.each([
    ['not converted', lead(), { converted: false }],
    ['converted with details', lead({ converted: true, convertedDetail: { contactId: '1', accountId: '2', dealId: null } }), { converted: true, contactId: '1', accountId: '2', dealId: null }],
    ['converted without details', lead({ converted: true }), { converted: true, contactId: null, accountId: null, dealId: null }],
    ['details but not converted', lead({ convertedDetail: { contactId: '1', accountId: null, dealId: null } }), { converted: false }],
  ])('%s', (_name, theLead, expected) => {
    expect(reconcileConvert(theLead)).toEqual(expected);
  });
});
