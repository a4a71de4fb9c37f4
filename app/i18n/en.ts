// Every text the widget shows, in one place, so other languages can be added beside it.
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
  matchingContacts: (n: number) => `${n} matching ${n === 1 ? 'contact' : 'contacts'}`,
  matchingAccounts: (n: number) => `${n} matching ${n === 1 ? 'account' : 'accounts'}`,
  matchedOn: (fields: string) => `Zoho matched on ${fields}`,
  noMatches: 'Zoho found no existing contact or account for this lead.',
  conversionUnavailable:
    'Zoho offers no conversion for this lead: the Contacts module is not available in this org. An administrator can enable it under Setup → Modules.',
  leadsSelected: (n: number) => `${n} ${n === 1 ? 'lead' : 'leads'} selected`,
  bulkComingSoon: 'Review each lead for duplicates, then convert them together.',
  unsupportedNotLeads: (entity: string | null) =>
    `Lead Convert works on Leads. It was opened on ${entity ? `a ${entity} record` : 'a page without a record'}, so there is nothing to convert.`,
  unsupportedNoSelection: 'Select at least one lead in the list, then click the button again.',
  unsupportedTooMany: (n: number, max: number) =>
    `${n} leads are selected; Lead Convert handles up to ${max} at a time. Select fewer leads and try again.`,
  bootFailed: 'Lead Convert could not connect to Zoho CRM.',
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
} as const;

export type Texts = typeof en;
