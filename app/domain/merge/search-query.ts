// What the rep typed into the search box → which of Zoho's search parameters to use.
import type { RecordSearch } from '../../api/crm-host';

/** Zoho's word search needs at least 2 characters; the box waits for them. */
export const MIN_SEARCH_CHARS = 2;
const PHONE_CHARS = /^\+?[\d\s().\-/]+$/;
const MIN_PHONE_DIGITS = 5;

export function searchFor(input: string): RecordSearch | null {
  const value = input.trim().replace(/\s+/g, ' ');
  if (value.length < MIN_SEARCH_CHARS) return null;
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return { by: 'email', value };
  if (PHONE_CHARS.test(value) && value.replace(/\D/g, '').length >= MIN_PHONE_DIGITS) return { by: 'phone', value };
  return { by: 'word', value };
}
