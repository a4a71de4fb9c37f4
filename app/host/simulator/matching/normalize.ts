// How the simulator compares values when matching and checking uniqueness. Zoho does not document it;
// we treat comparisons as case-insensitive and trimmed, and phone numbers by their digits [INFERRED].
export function sameValue(a: unknown, b: unknown, dataType: string): boolean {
  const left = comparable(a, dataType);
  return left !== null && left === comparable(b, dataType);
}

export function comparable(value: unknown, dataType: string): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const raw = String(value).trim();
  const normal = dataType === 'phone' ? raw.replace(/\D/g, '') : raw.toLowerCase().replace(/\s+/g, ' ');
  return normal === '' ? null : normal;
}
