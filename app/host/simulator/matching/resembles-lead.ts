// Kaizen 137 "Points to Note": merging into a record the options did not offer is refused when its data does
// not match the lead. What "match" means is undocumented; the simulator accepts a record that shares the
// person's (or company's) name, an email or a phone number with the lead [INFERRED], so a record a rep found
// by searching can be used while an unrelated one is INVALID_DATA.
import type { SimRecord } from '../simulated-crm-types';
import { fullName } from '../org/record-builders';
import { comparable } from './normalize';
import { searchFinds } from './search-records';

export function resemblesLead(record: SimRecord, lead: SimRecord, module: 'Contacts' | 'Accounts'): boolean {
  const name = module === 'Contacts' ? fullName(lead.First_Name, lead.Last_Name) : lead.Company;
  const recordName = module === 'Contacts' ? fullName(record.First_Name, record.Last_Name) : record.Account_Name;
  if (comparable(name, 'text') !== null && comparable(name, 'text') === comparable(recordName, 'text')) return true;
  const emails = module === 'Contacts' ? [lead.Email, lead.Secondary_Email] : [];
  const phones = module === 'Contacts' ? [lead.Phone, lead.Mobile] : [lead.Phone];
  return (
    emails.some((email) => typeof email === 'string' && email.trim() !== '' && searchFinds(record, 'email', email)) ||
    phones.some((phone) => typeof phone === 'string' && phone.trim() !== '' && searchFinds(record, 'phone', phone))
  );
}
