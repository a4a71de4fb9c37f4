// What a candidate card shows, worked out from the candidate and the matches tied to it.
import type { AccountCandidate, ContactCandidate, RecordId } from '../../api/crm-host';
import type { CandidateFieldMatch } from '../../domain/conversion-model';
import type { ResolutionTexts } from '../../i18n/en-resolution';
import { shownFieldLabel } from './field-name';

export type CandidateTarget =
  | { module: 'Contacts'; candidate: ContactCandidate }
  | { module: 'Accounts'; candidate: AccountCandidate };

export type CandidateRow = {
  apiName: string;
  label: string;
  value: string | null;
  /** Contacts only: the linked account, which the screen may open. */
  accountId?: RecordId;
  matches: CandidateFieldMatch[];
};

/** Zoho may report a name match under any of these API names; all of them mark the card's title. */
const NAME_FIELDS: Record<'Contacts' | 'Accounts', string[]> = {
  Contacts: ['Full_Name', 'Last_Name', 'First_Name'],
  Accounts: ['Account_Name'],
};

export function candidateName(candidate: ContactCandidate | AccountCandidate): string {
  return 'fullName' in candidate ? candidate.fullName : candidate.name;
}

export function nameMatches(module: 'Contacts' | 'Accounts', matches: CandidateFieldMatch[]): CandidateFieldMatch[] {
  return matches.filter((match) => NAME_FIELDS[module].includes(match.apiName));
}

export function displayValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** The fields Zoho returned, in a fixed order, plus any other field the card matched on. */
export function candidateRows(target: CandidateTarget, matches: CandidateFieldMatch[], text: ResolutionTexts): CandidateRow[] {
  const rows: Omit<CandidateRow, 'matches'>[] =
    target.module === 'Contacts'
      ? [
          { apiName: 'Email', label: text.fields.email, value: target.candidate.email },
          { apiName: 'Phone', label: text.fields.phone, value: displayValue(target.candidate.fields.Phone) },
          ...(target.candidate.account
            ? [{ apiName: 'Account_Name', label: text.fields.account, value: target.candidate.account.name, accountId: target.candidate.account.id }]
            : [{ apiName: 'Account_Name', label: text.fields.account, value: null }]),
        ]
      : [
          { apiName: 'Phone', label: text.fields.phone, value: target.candidate.phone },
          { apiName: 'Website', label: text.fields.website, value: target.candidate.website },
          { apiName: 'Account_Type', label: text.fields.accountType, value: target.candidate.accountType },
        ];
  const shown = new Set([...rows.map((row) => row.apiName), ...NAME_FIELDS[target.module]]);
  const extra = matches
    .filter((match) => !shown.has(match.apiName))
    .filter((match, index, all) => all.findIndex((other) => other.apiName === match.apiName) === index)
    .map((match) => ({ apiName: match.apiName, label: shownFieldLabel(text.fields, match.apiName, match.label), value: displayValue(target.candidate.fields[match.apiName]) ?? match.value }));
  const layout = target.candidate.layout ? [{ apiName: 'Layout', label: text.fields.layout, value: target.candidate.layout.name }] : [];
  return [...rows, ...extra, ...layout].map((row) => ({
    ...row,
    // A contact's Account_Name row is the linked account, not something Zoho matched the contact on.
    matches: target.module === 'Contacts' && row.apiName === 'Account_Name' ? [] : matches.filter((match) => match.apiName === row.apiName),
  }));
}

/** The reason shown on the "Suggested" badge: the strongest match the card carries. */
export function suggestionReason(matches: CandidateFieldMatch[], text: ResolutionTexts): string {
  const strong = matches.find((match) => match.strength === 'strong');
  const best = strong ?? matches[0];
  if (!best) return text.suggested;
  // Zoho only treats unique fields and Email as strong evidence, so a strong non-Email field is a unique one.
  return text.suggestedBecause(shownFieldLabel(text.fields, best.apiName, best.label), { unique: strong !== undefined && best.apiName !== 'Email' });
}
