// How the widget decides that a candidate "carries" the lead's matched value. Zoho does not document its
// comparison (zoho-conversion-api.md §2.5: case-insensitive, trimmed is [INFERRED]); the product brief fixes
// ours: case-insensitive, trimmed, phone digits only.

const PHONE_FIELD = /phone|mobile|fax/i;
const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;
/** Shorter digit strings are too short for a suffix match to mean "same number". */
const MIN_SUFFIX_DIGITS = 7;

export function valuesMatch(apiName: string, a: unknown, b: unknown): boolean {
  const left = displayValue(a);
  const right = displayValue(b);
  if (left === null || right === null) return false;
  if (PHONE_FIELD.test(apiName) || (isPhoneLike(left) && isPhoneLike(right))) return phonesMatch(left, right);
  return normalizeText(left) === normalizeText(right);
}

/** A scalar (or a lookup's name) as trimmed text; null for null, empty and non-scalar values. */
export function displayValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object' && 'name' in value) return displayValue(value.name);
  return null;
}

export function normalizeText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function isPhoneLike(value: string): boolean {
  return PHONE_LIKE.test(value) && digits(value).length >= MIN_SUFFIX_DIGITS;
}

// "+91 98444 44444" and "9844444444" are the same phone: a country code or trunk prefix may be missing on one side.
function phonesMatch(a: string, b: string): boolean {
  const left = digits(a);
  const right = digits(b);
  if (left === '' || right === '') return false;
  if (left === right) return true;
  if (left.length < MIN_SUFFIX_DIGITS || right.length < MIN_SUFFIX_DIGITS) return false;
  return left.endsWith(right) || right.endsWith(left);
}

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

const SPECIAL_LABELS: Record<string, string> = { Full_Name: 'Name' };

/** Zoho's field_label when it sent one; else a readable form of the API name ("Account_Name" → "Account name"). */
export function fieldLabel(apiName: string, label?: string | null): string {
  const given = label?.trim();
  if (given) return given;
  const special = SPECIAL_LABELS[apiName];
  if (special) return special;
  const words = apiName.replace(/^\$/, '').replace(/__s$/, '').split('_').filter((word) => word !== '');
  const text = words.map((word, index) => (index === 0 ? word : word.toLowerCase())).join(' ');
  return text === '' ? apiName : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * True when a label is the standard English name of the field (Zoho's default, "Account Name", or the one
 * fieldLabel makes up from the API name, "Account name"), not a name the org's admin gave it.
 */
export function isStandardLabel(apiName: string, label: string): boolean {
  const shown = label.trim().toLowerCase();
  return shown === fieldLabel(apiName).toLowerCase() || shown === apiName.replaceAll('_', ' ').toLowerCase();
}
