// GET /{module}/search: which records an email, phone or word search finds. Zoho documents the parameters,
// not its matching; this is a plausible model [INFERRED]: email equal ignoring case, phone by digits (the
// shorter number's last digits, at least 7), word as a case-insensitive part of any text field.
import type { SimRecord } from '../simulated-crm-types';

export type SearchBy = 'email' | 'phone' | 'word';

const EMAIL_FIELDS = ['Email', 'Secondary_Email'];
const PHONE_FIELDS = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone', 'Fax'];
const MIN_PHONE_DIGITS = 7;

export function searchFinds(record: SimRecord, by: SearchBy, value: string): boolean {
  const wanted = value.trim().toLowerCase();
  if (by === 'email') return EMAIL_FIELDS.some((field) => textOf(record[field])?.toLowerCase() === wanted);
  if (by === 'phone') return PHONE_FIELDS.some((field) => samePhone(textOf(record[field]), wanted));
  return Object.entries(record).some(([key, field]) => !key.startsWith('$') && key !== 'id' && (textOf(field)?.toLowerCase().includes(wanted) ?? false));
}

function samePhone(stored: string | null, wanted: string): boolean {
  const a = (stored ?? '').replace(/\D/g, '');
  const b = wanted.replace(/\D/g, '');
  if (a === '' || b === '') return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter === longer || (shorter.length >= MIN_PHONE_DIGITS && longer.endsWith(shorter));
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
