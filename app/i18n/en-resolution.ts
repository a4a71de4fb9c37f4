// Texts of the duplicate-resolution components (contact and account sections, compare dialog).
// Mounted as `en.resolution`; components read them through useText().resolution.

type Module = 'Contacts' | 'Accounts';

const noun = (module: Module) => (module === 'Contacts' ? 'contact' : 'account');
const article = (module: Module) => (module === 'Contacts' ? 'a contact' : 'an account');
const quote = (value: string) => `'${value}'`;

// Functions returning fixed words are typed `string`, or their literal English would be the type other languages must match.
export const enResolution = {
  legend: (module: Module): string => (module === 'Contacts' ? 'Contact' : 'Account'),
  matchCount: (module: Module, n: number) =>
    n === 0 ? `No matching ${noun(module)}s` : `${n} matching ${n === 1 ? noun(module) : `${noun(module)}s`}`,
  /** A match Zoho reported that no card carries: usually a record the rep is not allowed to see. */
  unseenMatch: (module: Module, field: string, { also }: { also: boolean }): readonly [string, string] =>
    [`Zoho ${also ? 'also ' : ''}matched ${article(module)} on ${field}`, 'that you cannot see.'] as const,
  chooseError: (module: Module) => `Choose ${article(module)}`,
  createNew: (module: Module) => `Create new ${noun(module)}`,
  createNewSeparator: ' — ',
  createNewHint: (module: Module): string =>
    module === 'Contacts' ? 'The lead becomes a new contact.' : "A new account is created from the lead's company.",
  noAccount: 'No account (the lead has no company)',
  noAccountHint: 'The contact is created without an account.',
  addTo: 'Add to',
  suggested: 'Suggested',
  suggestedBecause: (field: string, { unique }: { unique: boolean }) =>
    `Suggested: same ${field}${unique ? ' (unique field)' : ''}`,
  /** Followed by the matched value (rendered isolated, as it may be right-to-left). */
  fieldMatches: (field: string) => `${field} matches`,
  weakEvidence: (module: Module) =>
    `Matched on ${module === 'Accounts' ? 'company name' : 'name'} only — check before merging`,
  unknownEvidence: 'Zoho did not say which field matched — check before merging',
  cannotChoose: 'Cannot be chosen',
  followsContact: (contactName: string) => `Fixed by the contact: ${contactName} belongs to this account.`,
  otherAccountFixed: (contactName: string) => `Not available: the account follows the contact ${contactName}.`,
  lockedByContact: (contactName: string) =>
    `The account is fixed because the chosen contact ${contactName} already belongs to it.`,
  fields: {
    name: 'Name',
    accountName: 'Account name',
    email: 'Email',
    phone: 'Phone',
    mobile: 'Mobile',
    account: 'Account',
    website: 'Website',
    accountType: 'Type',
    layout: 'Layout',
  },
  openAccount: (name: string) => `Open account ${name}`,
  compare: 'Compare',
  compareWith: (name: string) => ` lead with ${name}`,
  compareTitle: (module: Module, name: string) => `Compare lead and ${noun(module)} ${name}`,
  compareField: 'Field',
  compareLead: 'Lead',
  compareCandidate: (module: Module): string => (module === 'Contacts' ? 'Contact' : 'Account'),
  compareMatched: 'matched',
  compareDiffers: 'differs',
  compareLegend: 'Rows marked “matched” are the fields Zoho matched on; “differs” marks values that are not the same.',
  close: 'Close',
  leadMatches: (modules: Module[]) =>
    `matches an existing ${modules.map((module) => noun(module)).join(' and ')}`,
  overwriteLabel: (leadCompany: string) => `Update the contact's account name to ${quote(leadCompany)}`,
  overwriteExplanation: (contactName: string | null, accountName: string, leadCompany: string) =>
    `${contactName ?? 'The chosen contact'} is linked to the account ${quote(accountName)}, which differs from the lead's company ${quote(leadCompany)}. ` +
    `Tick this to rename that account to ${quote(leadCompany)}: Zoho changes only the account's name, its other details stay, and every record linked to it shows the new name. ` +
    `Leave it unticked to keep the name ${quote(accountName)}; the contact stays linked to it either way.`,
  noValue: '—',
};

export type ResolutionTexts = typeof enResolution;
