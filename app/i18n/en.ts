// Every text the widget shows, in one place, so other languages can be added beside it.
import { enBulk } from './en-bulk';
import { enConversion } from './en-conversion';
import { enMerge } from './en-merge';
import { enResolution } from './en-resolution';

export const en = {
  appTitle: 'Lead Convert',
  loadingLead: 'Loading the lead and its possible duplicates…',
  retry: 'Try again',
  close: 'Close',
  leadCompany: 'Company',
  leadEmail: 'Email',
  leadPhone: 'Phone',
  leadOwner: 'Owner',
  noValue: '—',
  leadsSelected: (n: number) => `${n} ${n === 1 ? 'lead' : 'leads'} selected`,
  unsupportedNotLeads: (entity: string | null) =>
    `Lead Convert works on Leads. It was opened on ${entity ? `a ${entity} record` : 'a page without a record'}, so there is nothing to convert.`,
  unsupportedNoSelection: 'Select at least one lead in the list, then click the button again.',
  unsupportedTooMany: (n: number, max: number) =>
    `${n} leads are selected; Lead Convert handles up to ${max} at a time. Select fewer leads and try again.`,
  bootFailed: 'Lead Convert could not connect to Zoho CRM.',
  renderFailed: 'Part of Lead Convert could not be loaded or shown. Check your connection and try again.',
  bootFailedHint: 'Close this window and open it again. If it keeps happening, ask your CRM administrator.',
  errorTitle: 'Something went wrong',
  errors: {
    timeout: 'Zoho CRM did not answer in time.',
    network: 'The connection to Zoho CRM was interrupted.',
    rateLimited: 'Zoho CRM is busy (too many requests right now). Wait a moment and try again.',
    malformed: 'Zoho CRM sent an answer Lead Convert does not understand.',
    invalidInput: 'This record id is not valid.',
    notFound: 'This lead no longer exists or you cannot see it.',
    noPermission: 'Your profile does not allow this. Ask your CRM administrator for permission to convert leads.',
    generic: (message: string) => `Zoho CRM answered: ${message}`,
  },
  single: {
    loadingDeal: 'Loading the deal fields…',
    loadingOptions: 'Loading users…',
    dealMetadataFailed: 'The deal fields could not be loaded.',
    optionsFailed: 'The list of users could not be loaded.',
    close: 'Close',
    done: 'Done',
    back: 'Back',
    review: 'Review',
    convert: 'Convert',
    converting: 'Converting…',
    reviewTitle: 'Review the conversion',
    reviewIntro: 'This is what will happen when you click Convert:',
    fixProblems: 'Fix the marked fields before reviewing.',
    busyRetrying: (seconds: number, attempt: number) =>
      `Zoho CRM is busy. Nothing was changed; retrying in ${seconds} s (attempt ${attempt + 1})…`,
    checking: 'Checking with Zoho CRM what happened…',
    notConverted: 'The conversion did not go through; nothing was changed. Try again.',
    retryConvert: 'Try again',
    backToEdit: 'Back to edit',
    duplicateFound: (module: 'Contacts' | 'Accounts', name: string | null, owner: string | null) =>
      `Zoho already has ${module === 'Contacts' ? 'a contact' : 'an account'}${name ? ` “${name}”` : ''} with this data${owner ? ` (owner ${owner})` : ''}.`,
    duplicateHidden: 'You cannot see that record; ask its owner or your administrator.',
    addToDuplicate: (module: 'Contacts' | 'Accounts') => `Add to this ${module === 'Contacts' ? 'contact' : 'account'} instead`,
    recordGone: (module: 'Contacts' | 'Accounts', name: string) =>
      `The ${module === 'Contacts' ? 'contact' : 'account'} ${name} is no longer offered by Zoho; choose again.`,
    recordChanged: (module: 'Contacts' | 'Accounts', name: string) =>
      `The ${module === 'Contacts' ? 'contact' : 'account'} ${name} changed and can no longer be chosen; choose again.`,
    optionsReloaded: 'The matching records were loaded again from Zoho.',
    resultTitle: 'Lead converted',
    resultIntro: (lead: string) => `${lead} is now:`,
    scheduledTitle: 'Conversion scheduled',
    scheduledText: 'Zoho accepted the conversion and will finish it shortly. The new records appear on the lead in a moment.',
    openContact: (name: string) => `Contact: ${name}`,
    openAccount: (name: string) => `Account: ${name}`,
    openDeal: (name: string) => `Deal: ${name}`,
    noAccountCreated: 'No account (the lead has no company).',
    noDealCreated: 'No deal was created.',
    openFailed: 'Zoho CRM did not open the record. Open it from the lead page instead.',
    dealSection: 'Deal',
    createDeal: 'Create a deal',
    optionalHint: '(optional)',
    noneOption: '— None —',
    chooseOption: '— Choose —',
    optionsSection: 'Options',
    owner: 'Owner of the new records',
    notifyLeadOwner: 'Notify the lead owner',
    notifyNewOwner: 'Notify the new owner',
    attachmentsTo: 'Move the lead’s attachments to',
    moduleName: (module: 'Contacts' | 'Accounts' | 'Deals') =>
      module === 'Contacts' ? 'Contact' : module === 'Accounts' ? 'Account' : 'Deal',
    tagsTo: (module: 'Contacts' | 'Accounts' | 'Deals') =>
      `Tags for the new ${module === 'Contacts' ? 'contact' : module === 'Accounts' ? 'account' : 'deal'}`,
    convertedLinks: 'It became these records:',
    openRecordOf: (moduleLabel: string) => `Open the ${moduleLabel.toLowerCase()}`,
    cannotReadLead: 'The lead could not be read.',
    ineligibleTitle: {
      converted: 'Already converted',
      'not-approved': 'Waiting for approval',
      locked: 'Locked',
      'in-merge': 'Merge in progress',
      'no-contacts-module': 'Conversion is not available',
    },
  },
  conversion: enConversion,
  resolution: enResolution,
  bulk: enBulk,
  merge: enMerge,
} as const;

export type Texts = typeof en;
