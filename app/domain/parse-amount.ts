/**
 * Reads a number typed by a rep in any common notation, or null when it is not one.
 * Rule: spaces (incl. no-break spaces) and apostrophes are digit-group separators and are dropped.
 * When both "," and "." occur, the last one is the decimal mark and the other groups digits
 * ("20,000,000.50", "20.000.000,50"). A separator occurring more than once groups digits ("1,000,000").
 * A single "." is a decimal mark ("1.5", "1.500" = 1.5). A single "," is a decimal mark ("20 000,5" = 20000.5)
 * unless exactly three digits follow it ("1,500" = 1500, the English thousands reading) [INFERRED].
 * Groups after the first have 2 or 3 digits and the last has 3 (Zoho's Indian numeral system writes
 * "2,00,00,000"), so a slip like "1..2" or "1,2.5" is refused rather than guessed.
 */
export function parseAmount(raw: string): number | null {
  const compact = raw.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^-?[\d.,]+$/.test(compact)) return null;
  const canonical = canonicalDecimal(compact);
  if (canonical === null || !/^-?(\d+(\.\d*)?|\.\d+)$/.test(canonical)) return null;
  const value = Number(canonical);
  return Number.isFinite(value) ? value : null;
}

function canonicalDecimal(value: string): string | null {
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (count(value, decimal) > 1) return null;
    const [whole = '', fraction = ''] = value.split(decimal);
    const digits = ungroup(whole, group);
    return digits === null ? null : `${digits}.${fraction}`;
  }
  const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (separator === null) return value;
  if (count(value, separator) > 1) return ungroup(value, separator);
  const decimals = value.length - value.indexOf(separator) - 1;
  if (separator === ',' && decimals === 3) return ungroup(value, ',');
  return value.replace(separator, '.');
}

function ungroup(value: string, separator: string): string | null {
  const [first = '', ...rest] = value.split(separator);
  const last = rest[rest.length - 1] ?? '';
  const valid = /^-?\d+$/.test(first) && rest.every((group) => /^\d{2,3}$/.test(group)) && /^\d{3}$/.test(last);
  return valid ? [first, ...rest].join('') : null;
}

function count(value: string, character: string): number {
  return value.split(character).length - 1;
}
