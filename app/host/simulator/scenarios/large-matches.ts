// One lead whose conversion options return the API's maximum: 100 matching contacts (same Email; Contacts
// has no unique field) and 100 matching accounts (Account_Name = the lead's Company). For the benchmark.
import { buildOrgSeed } from '../org/build-org-seed';
import { buildAccount, buildContact, buildLead, buildUser } from '../org/record-builders';
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo, SimRecord } from '../simulated-crm-types';

const P = '5087452000';
const id = (n: number) => `${P}${String(n).padStart(9, '0')}`;
export const LARGE_MATCHES_COUNT = 100;
export const LARGE_MATCHES_LEAD_ID = id(7000001);
export const LARGE_MATCHES_LEAD_NAME = 'Max Many';

const owner = { name: 'Lara Large', id: id(225001), email: 'lara.large@large-demo.example' };
const EMAIL = 'max.many@manymatch.example';
const COMPANY = 'Manymatch Industries';

export function largeMatchesSeed(): OrgSeed {
  const contacts: SimRecord[] = [];
  const accounts: SimRecord[] = [];
  for (let i = 0; i < LARGE_MATCHES_COUNT; i += 1) {
    contacts.push(buildContact({ id: id(7500001 + i * 2), First_Name: 'Max', Last_Name: `Many ${i + 1}`, Email: EMAIL, Owner: owner }));
    accounts.push(buildAccount({ id: id(7600001 + i * 2), Account_Name: COMPANY, Phone: `+1 555 ${String(200000 + i).slice(1)}`, Owner: owner }));
  }
  const lead = buildLead({ id: LARGE_MATCHES_LEAD_ID, First_Name: 'Max', Last_Name: 'Many', Company: COMPANY, Email: EMAIL, Owner: owner, Layout: { name: 'Standard', id: `${P}000091055` }, Lead_Source: 'Web Download' });
  return buildOrgSeed({
    prefix: P,
    uniqueContactFields: [],
    users: [buildUser({ id: owner.id, first_name: 'Lara', last_name: 'Large', email: owner.email, role: { name: 'CEO', id: `${P}000000201` }, zuid: '70030001' })],
    currentUserId: owner.id,
    leads: [lead],
    contacts,
    accounts,
  });
}

export const largeMatchesInfo: ScenarioInfo = {
  name: 'large-matches',
  title: 'Large: 100 + 100 matches',
  description: 'One lead whose conversion options return the maximum: 100 matching contacts (same Email) and 100 matching accounts (same name). For the benchmark.',
  featuredLeadId: LARGE_MATCHES_LEAD_ID,
};
