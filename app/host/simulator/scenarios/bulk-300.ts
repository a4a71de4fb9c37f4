// 320 leads for the bulk flow: ~70 % without duplicates, ~20 % with matches (half on the unique Email, which
// mass convert then fails as a duplicate; half on company name only), ~10 % that cannot convert.
// Only one layout per module, so conversion options answer 204 for leads without matches (§2.3).
import { buildOrgSeed } from '../org/build-org-seed';
import { buildAccount, buildContact, buildLead, buildUser } from '../org/record-builders';
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo, SimRecord } from '../simulated-crm-types';

const P = '5087451000';
const id = (n: number) => `${P}${String(n).padStart(9, '0')}`;
export const BULK_LEAD_COUNT = 320;
export const bulkLeadId = (index: number): string => id(7000001 + index * 2);

const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'June', 'Kai', 'Lia', 'Milo', 'Nia', 'Otto', 'Pia'];
const LAST = ['Archer', 'Brooks', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hughes', 'Ito', 'Jansen', 'Kowalski', 'Lind', 'Moreau', 'Novak', 'Okafor', 'Park', 'Quinn', 'Rossi', 'Silva', 'Tanaka'];
const WORDS = ['Apex', 'Blue', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen', 'Maple', 'Nimbus', 'Orbit', 'Pioneer'];
const SUFFIX = ['Labs', 'Systems', 'Foods', 'Logistics', 'Studio', 'Health', 'Energy', 'Capital'];

export type BulkKind = 'clean' | 'email-match' | 'company-match' | 'converted' | 'locked' | 'unapproved';

export function bulkKind(index: number): BulkKind {
  const slot = index % 10;
  if (slot === 9) return (['converted', 'locked', 'unapproved'] as const)[Math.floor(index / 10) % 3]!;
  if (slot === 7) return 'email-match';
  if (slot === 8) return 'company-match';
  return 'clean';
}

const owner = { name: 'Sam Bulk', id: id(225001), email: 'sam.bulk@bulk-demo.example' };

/** The bulk org with `count` leads (same mix and ids as bulk-300); bulk-500 reuses it. */
export function bulkSeed(count: number): OrgSeed {
  const leads: SimRecord[] = [];
  const contacts: SimRecord[] = [];
  const accounts: SimRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const company = `${WORDS[i % WORDS.length]} ${SUFFIX[Math.floor(i / WORDS.length) % SUFFIX.length]} ${i + 1}`;
    const email = `${first}.${last}.${i + 1}@bulk-demo.example`.toLowerCase();
    const kind = bulkKind(i);
    leads.push(
      buildLead({
        id: bulkLeadId(i),
        First_Name: first,
        Last_Name: last,
        Company: company,
        Email: email,
        Phone: `+1 555 ${String(100000 + i).slice(1)}`,
        Owner: owner,
        Layout: { name: 'Standard', id: `${P}000091055` },
        Lead_Source: 'Trade Show',
        $converted: kind === 'converted',
        $converted_detail: kind === 'converted' ? { contact: null, account: null, deal: null } : {},
        Locked__s: kind === 'locked',
        $approval_state: kind === 'unapproved' ? 'pending' : 'approved',
        $approved: kind !== 'unapproved',
      }),
    );
    if (kind === 'email-match') contacts.push(buildContact({ id: id(7500001 + i * 2), First_Name: first, Last_Name: last, Email: email.toUpperCase(), Owner: owner }));
    if (kind === 'company-match') accounts.push(buildAccount({ id: id(7600001 + i * 2), Account_Name: company, Owner: owner }));
  }
  return buildOrgSeed({
    prefix: P,
    uniqueContactFields: ['Email'],
    users: [buildUser({ id: owner.id, first_name: 'Sam', last_name: 'Bulk', email: owner.email, role: { name: 'CEO', id: `${P}000000201` }, zuid: '70020001' })],
    currentUserId: owner.id,
    leads,
    contacts,
    accounts,
  });
}

export function bulk300Seed(): OrgSeed {
  return bulkSeed(BULK_LEAD_COUNT);
}

export const bulk300Info: ScenarioInfo = {
  name: 'bulk-300',
  title: 'Bulk: 320 leads',
  description: '320 leads: about 70% without duplicates, 20% with matches (Email is unique on Contacts, so those fail in mass convert), 10% converted, locked or unapproved.',
  featuredLeadId: bulkLeadId(0),
};
