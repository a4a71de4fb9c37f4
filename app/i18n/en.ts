// Every text the widget shows, in one place, so other languages can be added beside it.
import { enConversion } from './en-conversion';
import { enDraft } from './en-draft';
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
    close: 'Close',
    back: 'Back',
    review: 'Review',
    convert: 'Convert',
    converting: 'Converting…',
    fixProblems: 'Fix the marked fields before reviewing.',
    busyRetrying: (seconds: number, attempt: number) =>
      `Zoho CRM is busy. Nothing was changed; retrying in ${seconds} s (attempt ${attempt + 1})…`,
    checking: 'Checking with Zoho CRM what happened…',
    backToEdit: 'Back to edit',
    optionsReloaded: 'The matching records were loaded again from Zoho.',
    // `string`, not the literal English words, so another language's catalogue fits the type.
    moduleName: (module: 'Contacts' | 'Accounts' | 'Deals'): string =>
      module === 'Contacts' ? 'Contact' : module === 'Accounts' ? 'Account' : 'Deal',
    cannotReadLead: 'The lead could not be read.',
  },
  conversion: enConversion,
  draft: enDraft,
  resolution: enResolution,
};

export type Texts = typeof en;
