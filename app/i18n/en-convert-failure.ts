// What a refused convert means, in the rep's words: only the failure chunk and the convert flow's lazily
// loaded explainer use these, so they are not in the first load.
import type { ConvertErrorCode } from '../domain/explain-convert-error';

export type ConvertErrorWords = { message: string; nextStep: string };

/** A sentence a rep understands and a concrete next step, for every convert error (product brief step 8). */
export const convertErrorText: Record<ConvertErrorCode, ConvertErrorWords> = {
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

export const enConvertFailure = {
  error: convertErrorText,
  notConverted: 'The conversion did not go through; nothing was changed. Try again.',
  retryConvert: 'Try again',
  duplicateFound: (module: 'Contacts' | 'Accounts', name: string | null, owner: string | null) =>
    `Zoho already has ${module === 'Contacts' ? 'a contact' : 'an account'}${name ? ` “${name}”` : ''} with this data${owner ? ` (owner ${owner})` : ''}.`,
  duplicateHidden: 'You cannot see that record; ask its owner or your administrator.',
  addToDuplicate: (module: 'Contacts' | 'Accounts') => `Add to this ${module === 'Contacts' ? 'contact' : 'account'} instead`,
  recordGone: (module: 'Contacts' | 'Accounts', name: string) =>
    `The ${module === 'Contacts' ? 'contact' : 'account'} ${name} is no longer offered by Zoho; choose again.`,
  recordChanged: (module: 'Contacts' | 'Accounts', name: string) =>
    `The ${module === 'Contacts' ? 'contact' : 'account'} ${name} changed and can no longer be chosen; choose again.`,
};

export type ConvertFailureTexts = typeof enConvertFailure;
