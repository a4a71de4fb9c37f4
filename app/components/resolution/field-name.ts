import { isStandardLabel } from '../../domain/match-values';
import type { ResolutionTexts } from '../../i18n/en-resolution';

type FieldKey = keyof ResolutionTexts['fields'];
const KEYS: Partial<Record<string, FieldKey>> = {
  Full_Name: 'name',
  Account_Name: 'accountName',
  Email: 'email',
  Phone: 'phone',
  Mobile: 'mobile',
  Website: 'website',
  Account_Type: 'accountType',
};

/**
 * A field's label as the rep reads it. A standard field still under its standard English name is shown as the rep's
 * language names it (as Zoho's own UI does); a field the admin renamed keeps the org's name, as Zoho sent it.
 */
export function shownFieldLabel(fields: ResolutionTexts['fields'], apiName: string, label: string): string {
  const key = KEYS[apiName];
  if (!key || !isStandardLabel(apiName, label)) return label;
  // In English the catalogue's name is that same standard name: Zoho's spelling ("Account Name") stays.
  return isStandardLabel(apiName, fields[key]) ? label : fields[key];
}
