// English reason texts of the bulk engine (row reasons, result reasons, CSV headers).
export const enBulkReasons = {
  csvHeader: ['Lead ID', 'Name', 'Company', 'Outcome', 'How', 'Reason', 'Contact ID', 'Account ID', 'Deal ID'],
  ineligible: {
    converted: 'Already converted',
    'not-approved': 'Not approved',
    locked: 'Locked',
    'in-merge': 'A merge is in progress',
    'no-contacts-module': 'The Contacts module is not available',
  },
  contactMatch: (count: number) => `Matches ${count} existing contact${count === 1 ? '' : 's'}`,
  accountMatch: (count: number) => `Matches ${count} existing account${count === 1 ? '' : 's'}`,
  leadNotFound: 'The lead was not found (deleted or not visible to you)',
  readFailed: (what: 'lead' | 'options', message: string) => `Could not read the ${what === 'lead' ? 'lead' : 'conversion options'}: ${message}`,
  previousAttemptFailed: (message: string) => `Last attempt failed: ${message}`,
  skipped: 'Skipped in the review',
  blocked: 'Not converted: needs a decision or has invalid choices',
  massNotConverted: (state: string) => `Mass convert did not convert it (${state})`,
  massJobFailed: 'The mass convert job failed',
  submitFailed: (message: string) => `The mass convert job could not be submitted: ${message}`,
  singleFailed: (code: string, message: string) => `${code}: ${message}`,
  notReadBack: 'Could not read the lead back to confirm the outcome',
  runInterrupted: 'The run was interrupted before this lead was converted',
  leadState: {
    open: 'lead still open; it may match an existing record',
    locked: 'lead is locked',
    'not-approved': 'lead is not approved',
    'in-merge': 'lead is in a merge',
    missing: 'lead no longer found',
  },
};

export type BulkReasonTexts = typeof enBulkReasons;
