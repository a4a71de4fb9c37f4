import { describe, expect, it } from 'vitest';
import { leadEligibility } from '../../../app/domain/lead-eligibility';
import { lead, options } from '../../support/builders';

describe('leadEligibility', () => {
  it.each([
    ['a plain lead, options not loaded', lead(), undefined, { eligible: true }],
    ['a plain lead with options', lead(), options(), { eligible: true }],
    ['converted', lead({ converted: true }), undefined, { eligible: false, reason: 'converted' }],
    ['converted wins over everything', lead({ converted: true, locked: true, approvalState: 'pending' }), { available: false } as const, { eligible: false, reason: 'converted' }],
    ['pending approval', lead({ approvalState: 'pending' }), undefined, { eligible: false, reason: 'not-approved' }],
    ['rejected', lead({ approvalState: 'rejected' }), undefined, { eligible: false, reason: 'not-approved' }],
    ['locked', lead({ locked: true }), undefined, { eligible: false, reason: 'locked' }],
    ['merge in progress', lead({ inMerge: true }), undefined, { eligible: false, reason: 'in-merge' }],
    ['options answered 204', lead(), { available: false } as const, { eligible: false, reason: 'no-contacts-module' }],
  ])('%s', (_name, theLead, theOptions, expected) => {
    expect(leadEligibility(theLead, theOptions)).toEqual(expected);
  });
});
