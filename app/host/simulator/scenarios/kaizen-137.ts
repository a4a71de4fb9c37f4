// The org of the Kaizen 137 article (Pat Boyle), reproduced id for id: Phone is unique on Contacts and on
// Accounts, and an account the user cannot see holds the lead's phone (the sample's Accounts Phone match
// that no returned account carries).
import { buildOrgSeed } from '../org/build-org-seed';
import { buildLayout } from '../org/metadata-builders';
import { buildAccount, buildContact, buildLead, buildUser } from '../org/record-builders';
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo } from '../simulated-crm-types';

const P = '4876876000';
export const KAIZEN_IDS = {
  lead: '4876876000007440001',
  contactBoyle: '4876876000007437017',
  contactPatBoyle: '4876876000007421001',
  accountZylker: '4876876000007421010',
  hiddenAccount: '4876876000007411005',
  owner: '4876876000000225013',
  accountsLayoutStandard: '4876876000000091029',
};

const owner = { name: 'Amelia Burrows', id: KAIZEN_IDS.owner, email: 'amelia.burrows@zylker.com' };

export function kaizen137Seed(options: { phoneClash?: boolean } = {}): OrgSeed {
  const phoneClash = options.phoneClash ?? true;
  const common = { Owner: owner };
  return buildOrgSeed({
    prefix: P,
    uniqueContactFields: ['Phone'],
    uniqueAccountFields: ['Phone'],
    extraLayouts: { Accounts: [buildLayout({ id: `${P}000391001`, name: 'Partner Accounts', fields: [] })] },
    currentUserId: KAIZEN_IDS.owner,
    users: [buildUser({ id: KAIZEN_IDS.owner, first_name: 'Amelia', last_name: 'Burrows', email: owner.email, role: { name: 'CEO', id: `${P}000000201` }, zuid: '60012345' })],
    org: { id: `${P}000000001`, company_name: 'Zylker', currency: 'US Dollar - USD', currency_symbol: '$', currency_locale: 'en_US', iso_code: 'USD', mc_status: false, time_zone: 'America/Los_Angeles', country_code: 'US' },
    leads: [
      buildLead({
        ...common,
        id: KAIZEN_IDS.lead,
        First_Name: 'Pat',
        Last_Name: 'Boyle',
        Company: 'Zylker Biotech',
        Phone: '9844444444',
        Email: 'pat.boyle@zylker.com',
        Lead_Source: 'Advertisement',
        Layout: { name: 'Standard', id: `${P}000091055` },
      }),
    ],
    contacts: [
      buildContact({ ...common, id: KAIZEN_IDS.contactBoyle, Last_Name: 'Boyle', Email: 'pat.boyle@zylker.com', Layout: { name: 'Standard', id: `${P}000091033` } }),
      buildContact({
        ...common,
        id: KAIZEN_IDS.contactPatBoyle,
        First_Name: 'Pat',
        Last_Name: 'Boyle',
        Phone: phoneClash ? '9844444444' : null,
        Account_Name: { name: 'Zylker Biotech', id: KAIZEN_IDS.accountZylker },
        Layout: { name: 'Standard', id: `${P}000091033` },
      }),
    ],
    accounts: [
      buildAccount({ ...common, id: KAIZEN_IDS.accountZylker, Account_Name: 'Zylker Biotech', Layout: { name: 'Standard', id: KAIZEN_IDS.accountsLayoutStandard } }),
      ...(phoneClash
        ? [buildAccount({ ...common, id: KAIZEN_IDS.hiddenAccount, Account_Name: 'Zylker Labs (restricted)', Phone: '9844444444', $visible_to_user: false, Layout: { name: 'Standard', id: KAIZEN_IDS.accountsLayoutStandard } })]
        : []),
    ],
  });
}

export const kaizen137Info: ScenarioInfo = {
  name: 'kaizen-137',
  title: 'Kaizen 137: Pat Boyle',
  description:
    'The article exactly: Phone is unique on Contacts and Accounts; contact "Boyle" matches by Email, contact "Pat Boyle" by Phone (linked to Zylker Biotech); the Case I request merges and succeeds, Case II (create new) answers DUPLICATE_DATA because "Pat Boyle" already holds the unique Phone.',
  featuredLeadId: KAIZEN_IDS.lead,
};

// The article's Case II shows a successful "create new" although, by its own rule, the unique Phone held by
// contact "Pat Boyle" would make it DUPLICATE_DATA. This variant is the lead state in which Case II can succeed:
// nobody holds 9844444444 yet (contact "Pat Boyle" has no phone, the hidden account is absent).
export const kaizen137Case2Info: ScenarioInfo = {
  name: 'kaizen-137-case-2',
  title: 'Kaizen 137, Case II (no phone clash)',
  description:
    'The Pat Boyle org without the phone clash, where the article\'s Case II "create new records" succeeds: Zylker Biotech account and Pat Boyle contact are created.',
  featuredLeadId: KAIZEN_IDS.lead,
};
