// Texts of the conversion domain the edit screen needs (notes, problems, field errors). Mounted as
// `en.conversion`; the review's and a failed convert's texts are in their own chunks (en-review,
// en-convert-failure).
import { assertNever } from '../domain/assert-never';
import type { ChoiceProblem, DealFieldError, DisabledReason, ResolutionNote } from '../domain/conversion-model';

const disabledReason: Record<DisabledReason, string> = {
  locked: 'Locked: Zoho does not allow adding a lead to a locked record.',
  'account-locked': 'Its account is locked: Zoho does not allow adding a lead to it.',
  'not-editable': 'Read-only for you: you cannot edit this record, so the lead cannot be added to it.',
  'not-approved': 'Waiting for approval: the lead can be added only once this record is approved.',
};

function resolutionNote(note: ResolutionNote): string {
  switch (note.kind) {
    case 'account-follows-contact':
      return `${note.contactName} already belongs to the account ${note.accountName}, so the lead goes to that account too.`;
    case 'no-account-without-company':
      return 'The lead has no company, so no account will be created.';
    case 'overwrite-available':
      return `The contact's account is ${note.contactAccountName}, but the lead's company is ${note.leadCompany}. ` +
        `You can have the account renamed to ${note.leadCompany}; otherwise it keeps the name ${note.contactAccountName}.`;
    default:
      return assertNever(note);
  }
}

function dealFieldError(error: DealFieldError, limits: { maxLength?: number | null } = {}): string {
  switch (error) {
    case 'required':
      return 'Required.';
    case 'not-a-date':
      return 'Enter a valid date.';
    case 'not-a-number':
      return 'Enter a number, for example 20000 or 20,000.50.';
    case 'negative':
      return 'Enter zero or more.';
    case 'too-long':
      return limits.maxLength ? `Use at most ${limits.maxLength} characters.` : 'This is too long.';
    case 'not-an-option':
      return 'Choose one of the options.';
    case 'stage-not-in-pipeline':
      return 'This stage is not part of the chosen pipeline; pick one of its stages.';
    case 'not-an-integer':
      return 'Enter a whole number.';
    case 'out-of-range':
      return 'Enter a value from 0 to 100.';
    default:
      return assertNever(error);
  }
}


function choiceProblem(problem: ChoiceProblem, names: { label?: string } = {}): string {
  const record = (module: 'Contacts' | 'Accounts') => (module === 'Contacts' ? 'contact' : 'account');
  switch (problem.kind) {
    case 'choose-contact':
      return 'Choose an existing contact or create a new one.';
    case 'choose-account':
      return 'Choose an existing account or create a new one.';
    case 'candidate-disabled':
      return `This ${record(problem.module)} cannot be chosen. ${disabledReason[problem.reason]}`;
    case 'candidate-unknown':
      return `The chosen ${record(problem.module)} is no longer among Zoho's matches; choose again.`;
    case 'deal-field':
      return `${names.label ?? problem.apiName}: ${dealFieldError(problem.error)}`;
    case 'owner-unknown':
      return 'This user cannot own the new records (not an active user). Choose another owner.';
    default:
      return assertNever(problem);
  }
}

export const enConversion = {
  disabledReason,
  resolutionNote,
  dealFieldError,
  choiceProblem,
};

export type ConversionTexts = typeof enConversion;
