// Texts of the conversion domain (review, errors, notes, problems). Mounted as `en.conversion`.
// Dates and money are formatted here, never in app/domain.
import { assertNever } from '../domain/assert-never';
import type { ChoiceProblem, DealFieldError, DisabledReason, ResolutionNote, TargetModule } from '../domain/conversion-model';
import type { ConvertErrorCode } from '../domain/explain-convert-error';
import type { IneligibleReason } from '../domain/lead-eligibility';
import type { ReviewSentence } from '../domain/review-sentences';

const noun = (module: TargetModule) => (module === 'Contacts' ? 'contact' : module === 'Accounts' ? 'account' : 'deal');
const list = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
const newRecords = (modules: TargetModule[]) => list(modules.map(noun));

/** "2024-10-20" → "20 Oct 2024"; anything else is shown as it is. */
export function formatDealDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** 20000000 + "EUR" → "€20,000,000"; cents only when there are some. */
export function formatMoney(amount: number, currency: string | null): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  const plain = { minimumFractionDigits: fraction, maximumFractionDigits: 2 };
  if (currency) {
    try {
      return new Intl.NumberFormat('en-GB', { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...plain }).format(amount);
    } catch {
      // Not an ISO 4217 code Intl knows: show the number and the code as Zoho gave it.
      return `${new Intl.NumberFormat('en-GB', plain).format(amount)} ${currency}`;
    }
  }
  return new Intl.NumberFormat('en-GB', plain).format(amount);
}

export function reviewSentenceText(sentence: ReviewSentence): string {
  switch (sentence.kind) {
    case 'contact-new':
      return `A new contact ${sentence.name} will be created.`;
    case 'contact-existing': {
      const matched = sentence.matchedOn.length > 0 ? ` (matched on ${list(sentence.matchedOn)})` : '';
      return `${sentence.leadName} will be added to the existing contact ${sentence.name}${matched}.`;
    }
    case 'account-new':
      return `A new account ${sentence.name} will be created from the lead's company.`;
    case 'account-existing':
      return sentence.followsContact
        ? `Account ${sentence.name} will be linked (the contact already belongs to it).`
        : `Account ${sentence.name} will be linked.`;
    case 'account-none':
      return 'No account will be created: the lead has no company.';
    case 'account-renamed':
      return `The account ${sentence.from} will be renamed to ${sentence.to}, the lead's company.`;
    case 'deal': {
      const where = sentence.pipeline ? `${sentence.pipeline} / ${sentence.stage}` : sentence.stage;
      const amount = sentence.amount === null ? '' : `, amount ${formatMoney(sentence.amount, sentence.currency)}`;
      return `A deal '${sentence.name}' will be created in ${where}, closing ${formatDealDate(sentence.closingDate)}${amount}.`;
    }
    case 'no-deal':
      return 'No deal will be created.';
    case 'owner':
      return `The new ${newRecords(sentence.records)} will be owned by ${sentence.name}.`;
    case 'notify-lead-owner':
      return `${sentence.name || 'The lead owner'} will get an email about the conversion.`;
    case 'notify-new-owner':
      return `The owner of the new ${newRecords(sentence.records)} will get an email.`;
    case 'attachments':
      return `The lead's attachments, if any, will move to the ${noun(sentence.module)}.`;
    case 'tags':
      return `The ${noun(sentence.module)} will get the tags ${list(sentence.names)}.`;
    default:
      return assertNever(sentence);
  }
}

type Explained = { message: string; nextStep: string };

/** A sentence a rep understands and a concrete next step, for every convert error (product brief step 8). */
export const convertErrorText: Record<ConvertErrorCode, Explained> = {
  ID_ALREADY_CONVERTED: {
    message: 'This lead has already been converted.',
    nextStep: 'Open the records it became below; there is nothing left to convert.',
  },
  INVALID_DATA_LEAD: {
    message: 'Zoho CRM no longer finds this lead. It may have been deleted or merged.',
    nextStep: 'Close this window and reload the lead page.',
  },
  INVALID_DATA_FIELD: {
    message: 'Zoho CRM did not accept the value of the marked field.',
    nextStep: 'Correct the marked field, then click Convert again.',
  },
  INVALID_DATA_CHOSEN_RECORD: {
    message: 'The contact or account you chose has changed and no longer fits this lead.',
    nextStep: 'The matching records were loaded again; choose again, then click Convert.',
  },
  NON_SUBORDINATE_USER: {
    message: 'You can only give the new records to users who report to you.',
    nextStep: 'Choose yourself or someone in your team as owner, then click Convert again.',
  },
  MANDATORY_NOT_FOUND: {
    message: 'Zoho CRM needs a value in the marked deal field.',
    nextStep: 'Fill in the marked field, then click Convert again.',
  },
  MAPPING_MISMATCH: {
    message: 'The chosen stage does not belong to the chosen pipeline.',
    nextStep: 'Pick a stage of this pipeline, then click Convert again.',
  },
  DUPLICATE_DATA: {
    message: 'Creating a new record would duplicate one that already exists in Zoho CRM.',
    nextStep: 'Add the lead to the existing record shown here instead.',
  },
  RECORD_LOCKED: {
    message: 'The lead or a chosen record is locked (record locking or a merge in progress).',
    nextStep: 'Ask the person who locked it to unlock it, or wait until the merge finishes, then try again.',
  },
  NOT_APPROVED: {
    message: 'The lead is waiting for approval, and Zoho CRM converts only approved leads.',
    nextStep: 'Ask the approver to approve the lead, then convert it.',
  },
  NOT_REVIEWED: {
    message: 'The lead is under review, and Zoho CRM converts it only after the review.',
    nextStep: 'Finish the review on the lead page, then convert it.',
  },
  CANNOT_PERFORM_ACTION: {
    message: 'Zoho CRM cannot convert this lead in its current state.',
    nextStep: 'Open the lead page to see what blocks it (for example a Blueprint), then try again.',
  },
  NOT_ALLOWED: {
    message: 'Zoho CRM does not allow this conversion with the chosen settings.',
    nextStep: 'Check the marked choice or create new records instead, then try again.',
  },
  REQUIRED_PARAM_MISSING: {
    message: 'The request to Zoho CRM was incomplete. This is a fault in Lead Convert.',
    nextStep: 'Convert the lead with Zoho’s own Convert button and report this to your administrator.',
  },
  AUTHORIZATION_FAILED: {
    message: 'Your profile does not allow creating the records this conversion needs.',
    nextStep: 'Ask your CRM administrator for permission to create contacts, accounts and deals.',
  },
  INVALID_REQUEST_METHOD: {
    message: 'Zoho CRM refused the way Lead Convert asked. This is a fault in Lead Convert.',
    nextStep: 'Convert the lead with Zoho’s own Convert button and report this to your administrator.',
  },
  OAUTH_SCOPE_MISMATCH: {
    message: 'Lead Convert is not allowed to convert leads in this org.',
    nextStep: 'Ask your CRM administrator to reinstall the widget with permission to convert leads.',
  },
  INVALID_TOKEN: {
    message: 'Your Zoho CRM session has expired.',
    nextStep: 'Reload the Zoho CRM page, sign in again, then open Lead Convert again.',
  },
  AUTHENTICATION_FAILURE: {
    message: 'Zoho CRM could not confirm who you are.',
    nextStep: 'Reload the Zoho CRM page, sign in again, then open Lead Convert again.',
  },
  NO_PERMISSION: {
    message: 'Your profile does not allow converting leads.',
    nextStep: 'Ask your CRM administrator for the permission to convert leads.',
  },
  INVALID_URL_PATTERN: {
    message: 'Zoho CRM did not recognise the request. This is a fault in Lead Convert.',
    nextStep: 'Convert the lead with Zoho’s own Convert button and report this to your administrator.',
  },
  INVALID_MODULE: {
    message: 'Zoho CRM says this record is not a lead it can convert.',
    nextStep: 'Open Lead Convert from a lead in the Leads module.',
  },
  TOO_MANY_REQUESTS: {
    message: 'Zoho CRM is busy right now; nothing was changed.',
    nextStep: 'Lead Convert tries again by itself in a few seconds.',
  },
  INTERNAL_ERROR: {
    message: 'Zoho CRM had an internal problem; the conversion may or may not have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  LIMIT_EXCEEDED: {
    message: 'A Zoho CRM limit was reached for this request.',
    nextStep: 'Wait a while and try again; if it keeps happening, ask your administrator about the API limits.',
  },
  TIMEOUT: {
    message: 'Zoho CRM did not answer in time; the conversion may or may not have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  NETWORK: {
    message: 'The connection to Zoho CRM was lost; the conversion may or may not have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  MALFORMED: {
    message: 'Zoho CRM gave an answer Lead Convert could not read; the conversion may have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  UNKNOWN: {
    message: 'The conversion failed for a reason Lead Convert does not know.',
    nextStep: 'Check the lead page to see whether it was converted, then try again or use Zoho’s own Convert button.',
  },
};

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

const ineligible: Record<IneligibleReason, Explained> = {
  converted: { message: 'This lead was converted earlier; there is nothing left to convert.', nextStep: 'The records it became are in Contacts, Accounts and Deals.' },
  'not-approved': { message: 'This lead is waiting for approval; Zoho CRM converts only approved leads.', nextStep: 'Ask the approver to approve it, then open Lead Convert again.' },
  locked: { message: 'This lead is locked, so Zoho CRM refuses to convert it.', nextStep: 'Ask the person who locked it to unlock it, then try again.' },
  'in-merge': { message: 'A merge of duplicates is in progress on this lead.', nextStep: 'Wait a few minutes until the merge finishes, then open Lead Convert again.' },
  'no-contacts-module': { message: 'Leads cannot be converted here: the Contacts module is not available in this org.', nextStep: 'Ask your CRM administrator to enable Contacts under Setup → Modules.' },
};

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
  reviewSentence: reviewSentenceText,
  convertError: convertErrorText,
  disabledReason,
  resolutionNote,
  dealFieldError,
  ineligible,
  choiceProblem,
  formatDealDate,
  formatMoney,
};
