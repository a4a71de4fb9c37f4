import { describe, expect, it } from 'vitest';
import type { ChoiceProblem, DealFieldError, DisabledReason, ResolutionNote } from '../../../app/domain/conversion-model';
import type { IneligibleReason } from '../../../app/domain/lead-eligibility';
import { enConversion } from '../../../app/i18n/en-conversion';
import { enIneligible } from '../../../app/i18n/en-ineligible';
import { formatDealDate, formatMoney } from '../../../app/i18n/format';

describe('enConversion texts', () => {
  it.each<[DisabledReason, string]>([
    ['locked', 'Locked: Zoho does not allow adding a lead to a locked record.'],
    ['account-locked', 'Its account is locked: Zoho does not allow adding a lead to it.'],
    ['not-editable', 'Read-only for you: you cannot edit this record, so the lead cannot be added to it.'],
    ['not-approved', 'Waiting for approval: the lead can be added only once this record is approved.'],
  ])('disabled reason %s', (reason, text) => {
    expect(enConversion.disabledReason[reason]).toBe(text);
  });

  it.each<[ResolutionNote, string]>([
    [{ kind: 'account-follows-contact', contactName: 'Pat Boyle', accountName: 'Zylker Biotech' }, 'Pat Boyle already belongs to the account Zylker Biotech, so the lead goes to that account too.'],
    [{ kind: 'no-account-without-company' }, 'The lead has no company, so no account will be created.'],
    [
      { kind: 'overwrite-available', contactAccountName: 'Old Employer Inc', leadCompany: 'New Horizons Ltd' },
      "The contact's account is Old Employer Inc, but the lead's company is New Horizons Ltd. You can have the account renamed to New Horizons Ltd; otherwise it keeps the name Old Employer Inc.",
    ],
  ])('resolution note %#', (note, text) => {
    expect(enConversion.resolutionNote(note)).toBe(text);
  });

  it.each<[DealFieldError, string]>([
    ['required', 'Required.'],
    ['not-a-date', 'Enter a valid date.'],
    ['not-a-number', 'Enter a number, for example 20000 or 20,000.50.'],
    ['negative', 'Enter zero or more.'],
    ['too-long', 'This is too long.'],
    ['not-an-option', 'Choose one of the options.'],
    ['stage-not-in-pipeline', 'This stage is not part of the chosen pipeline; pick one of its stages.'],
    ['not-an-integer', 'Enter a whole number.'],
    ['out-of-range', 'Enter a value from 0 to 100.'],
  ])('deal field error %s', (error, text) => {
    expect(enConversion.dealFieldError(error)).toBe(text);
  });

  it('names the length limit when known', () => {
    expect(enConversion.dealFieldError('too-long', { maxLength: 120 })).toBe('Use at most 120 characters.');
  });

  it.each<[IneligibleReason, string]>([
    ['converted', 'The records it became are in Contacts, Accounts and Deals.'],
    ['not-approved', 'Ask the approver to approve it, then open Lead Convert again.'],
    ['locked', 'Ask the person who locked it to unlock it, then try again.'],
    ['in-merge', 'Wait a few minutes until the merge finishes, then open Lead Convert again.'],
    ['no-contacts-module', 'Ask your CRM administrator to enable Contacts under Setup → Modules.'],
  ])('ineligible %s has a message and a next step', (reason, nextStep) => {
    expect(enIneligible.reason[reason].nextStep).toBe(nextStep);
    expect(enIneligible.reason[reason].message.length).toBeGreaterThan(10);
  });

  it.each<[ChoiceProblem, string]>([
    [{ kind: 'choose-contact' }, 'Choose an existing contact or create a new one.'],
    [{ kind: 'choose-account' }, 'Choose an existing account or create a new one.'],
    [{ kind: 'candidate-disabled', module: 'Contacts', id: '1', reason: 'locked' }, 'This contact cannot be chosen. Locked: Zoho does not allow adding a lead to a locked record.'],
    [{ kind: 'candidate-unknown', module: 'Accounts', id: '1' }, "The chosen account is no longer among Zoho's matches; choose again."],
    [{ kind: 'deal-field', apiName: 'Amount', error: 'negative' }, 'Amount: Enter zero or more.'],
    [{ kind: 'owner-unknown', id: '1' }, 'This user cannot own the new records (not an active user). Choose another owner.'],
  ])('choice problem %#', (problem, text) => {
    expect(enConversion.choiceProblem(problem)).toBe(text);
  });

  it('a deal-field problem uses the label when given', () => {
    expect(enConversion.choiceProblem({ kind: 'deal-field', apiName: 'Closing_Date', error: 'required' }, { label: 'Closing Date' })).toBe('Closing Date: Required.');
  });
});

describe('formatting', () => {
  it.each([
    [20000000, 'USD', '$20,000,000'],
    [20000000, 'EUR', '€20,000,000'],
    [0.5, 'EUR', '€0.50'],
    [1500, null, '1,500'],
  ] as const)('%d %s → %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency, 'en-GB')).toBe(text);
  });

  it.each([['2024-10-20', '20 Oct 2024'], ['2025-01-01', '1 Jan 2025'], ['not a date', 'not a date']])('%s → %s', (date, text) => {
    expect(formatDealDate(date, 'en-GB')).toBe(text);
  });

  it.each([
    ['en-US', 'short', 'Oct 20, 2024'],
    ['de-DE', 'short', '20. Okt. 2024'],
    ['de-DE', 'long', 'Sonntag, 20. Oktober 2024'],
    ['en-GB', 'long', 'Sunday, 20 October 2024'],
  ] as const)('in %s (%s)', (locale, style, text) => {
    expect(formatDealDate('2024-10-20', locale, style)).toBe(text);
  });
});
