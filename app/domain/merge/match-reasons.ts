// Why a record found by search might be the lead's person or company: the evidence a rep weighs when Zoho's
// exact matching missed it (normalised email, the same phone digits, a similar name or company name).
import type { RecordModule } from '../../api/crm-host';
import { displayValue } from '../match-values';
import { jaroWinkler } from './jaro-winkler';

export type MatchReason =
  | { kind: 'same-email'; value: string }
  | { kind: 'same-phone'; value: string }
  | { kind: 'similar-name'; value: string; score: number }
  | { kind: 'same-company'; value: string };

/** Below this a name is not called similar (Jaro-Winkler on normalised, sorted tokens) [INFERRED threshold]. */
export const NAME_SIMILARITY = 0.88;
// The last 7–10 digits: country codes and trunk zeros differ between how people write one number.
const PHONE_TAIL = 10;
const MIN_PHONE_DIGITS = 7;
const LEGAL_SUFFIXES = /\b(inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|sarl|bv|nv|co|corp|corporation|company|pty|srl|spa|kg|oy|ab|as)\b\.?/g;

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function phoneKey(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits.slice(-PHONE_TAIL) : null;
}

function phonesAgree(a: string, b: string): boolean {
  const left = phoneKey(a);
  const right = phoneKey(b);
  if (left === null || right === null) return false;
  return left === right || left.endsWith(right) || right.endsWith(left);
}

export function normalizeCompany(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.,&'’]/g, ' ').replace(LEGAL_SUFFIXES, ' ').replace(/\s+/g, ' ').trim();
}

function normalizeName(value: string): string {
  const tokens = value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter(Boolean);
  // Token order does not matter ("Boyle Pat" is "Pat Boyle").
  return tokens.sort().join(' ');
}

export function nameSimilarity(a: string, b: string): number {
  const left = normalizeName(a);
  const right = normalizeName(b);
  if (left === '' || right === '') return 0;
  return jaroWinkler(left, right);
}

const text = (fields: Record<string, unknown>, key: string) => displayValue(fields[key]);
const present = (values: (string | null)[]) => values.filter((value): value is string => value !== null);

export function matchReasons(module: RecordModule, lead: Record<string, unknown>, record: Record<string, unknown>): MatchReason[] {
  const reasons: MatchReason[] = [];
  const leadEmails = present([text(lead, 'Email'), text(lead, 'Secondary_Email')]).map(normalizeEmail);
  const recordEmails = present([text(record, 'Email'), text(record, 'Secondary_Email')]);
  const email = recordEmails.find((value) => leadEmails.includes(normalizeEmail(value)));
  if (module === 'Contacts' && email) reasons.push({ kind: 'same-email', value: email });

  const leadPhones = present(module === 'Contacts' ? [text(lead, 'Phone'), text(lead, 'Mobile')] : [text(lead, 'Phone')]);
  const recordPhones = present([text(record, 'Phone'), text(record, 'Mobile')]);
  const phone = recordPhones.find((value) => leadPhones.some((leadPhone) => phonesAgree(leadPhone, value)));
  if (phone) reasons.push({ kind: 'same-phone', value: phone });

  if (module === 'Contacts') {
    const leadName = present([text(lead, 'First_Name'), text(lead, 'Last_Name')]).join(' ');
    const recordName = text(record, 'Full_Name') ?? present([text(record, 'First_Name'), text(record, 'Last_Name')]).join(' ');
    const score = nameSimilarity(leadName, recordName);
    if (score >= NAME_SIMILARITY) reasons.push({ kind: 'similar-name', value: recordName, score });
  } else {
    const company = text(lead, 'Company');
    const name = text(record, 'Account_Name');
    if (company && name && normalizeCompany(company) !== '' && normalizeCompany(company) === normalizeCompany(name)) reasons.push({ kind: 'same-company', value: name });
    else if (company && name && nameSimilarity(normalizeCompany(company), normalizeCompany(name)) >= NAME_SIMILARITY) {
      reasons.push({ kind: 'similar-name', value: name, score: nameSimilarity(normalizeCompany(company), normalizeCompany(name)) });
    }
  }
  return reasons;
}
