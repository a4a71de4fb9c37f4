import type { Org } from '../../api/crm-host';
import { asArray, readId, readString, requireObject } from './read-json';

/** GET /org → {org: [ {...} ]}. */
export function parseOrg(body: unknown): Org {
  const org = requireObject(asArray(requireObject(body, 'an org answer').org)[0], 'org details');
  return {
    id: readId(org.id),
    companyName: readString(org.company_name),
    currencyName: readString(org.currency),
    currencySymbol: readString(org.currency_symbol),
    isoCode: readString(org.iso_code),
    currencyLocale: readString(org.currency_locale),
    multiCurrency: org.mc_status === true,
    timeZone: readString(org.time_zone),
    countryCode: readString(org.country_code),
  };
}
