// The demo's main org: one lead per case the widget must handle; each lead's name says its case.
import { buildOrgSeed } from '../org/build-org-seed';
import { buildAccount, buildAttachment, buildContact, buildDeal, buildLead } from '../org/record-builders';
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo, SimRecord } from '../simulated-crm-types';
import { P, RENEWALS_LAYOUT_ID, ROLES, SHOWCASE_DEAL_FIELDS, SHOWCASE_ORG, USERS, renewalsPipelines, showcaseExtraLayouts, showcasePipelines, sid } from './showcase-metadata';

export const SHOWCASE_IDS = {
  patBoyle: sid(7800001), noMatches: sid(7800003), noCompany: sid(7800005), converted: sid(7800007),
  locked: sid(7800009), merging: sid(7800011), unapproved: sid(7800013), inReview: sid(7800015),
  otherAccount: sid(7800017), lockedMatch: sid(7800019), readOnlyMatch: sid(7800021), pendingMatch: sid(7800023),
  tagged: sid(7800025), accountOnly: sid(7800027), mergeFields: sid(7800029), searchOnly: sid(7800031),
  contactMiaMerge: sid(7810013), accountMergely: sid(7820009), contactSaraSearchme: sid(7810015),
  contactBoyle: sid(7810001), contactPatBoyle: sid(7810003), accountZylker: sid(7820001),
  currentUser: sid(225001), nonSubordinateUser: sid(225007),
};

const morgan = { name: 'Morgan Reed', id: sid(225001), email: 'morgan.reed@acme-demo.example' };
const jordan = { name: 'Jordan Lee', id: sid(225003), email: 'jordan.lee@acme-demo.example' };
const layout = { name: 'Standard', id: `${P}000091055` };
const tag = (name: string, n: number, color: string) => ({ name, id: sid(n), color_code: color });

function lead(id: string, first: string, last: string, description: string, extra: Partial<SimRecord> = {}): SimRecord {
  const email = `${first}.${last.split(' ')[0]}`.toLowerCase().replace(/[^a-z.]/g, '');
  return buildLead({ id, First_Name: first, Last_Name: last, Email: `${email}@example.com`, Owner: morgan, Layout: layout, Description: description, Lead_Source: 'Web Download', ...extra });
}

function leads(): SimRecord[] {
  const I = SHOWCASE_IDS;
  return [
    lead(I.patBoyle, 'Pat', 'Boyle', 'Kaizen 137 case: contact "Boyle" matches by Email, contact "Pat Boyle" by the unique Phone and is linked to Zylker Biotech.', { Company: 'Zylker Biotech', Phone: '9844444444', Email: 'pat.boyle@zylker.com', Tag: [tag('Trade Show', 9100001, '#57B1FD')] }),
    lead(I.noMatches, 'Nina', 'Nomatch', 'No contact or account resembles this lead: everything is created new.', { Company: 'Fresh Start Labs', Phone: '+49 30 5550 1001', Website: 'https://freshstart.example' }),
    lead(I.noCompany, 'Sol', 'Solo', 'No Company: converting creates a contact only, no account.', { Phone: '+49 30 5550 1002' }),
    lead(I.converted, 'Cody', 'Converted', 'Already converted: the API answers ID_ALREADY_CONVERTED.', { Company: 'Converted Corp', $converted: true, $converted_detail: { contact: sid(7810101), account: sid(7820101), deal: sid(7830101) } }),
    lead(I.locked, 'Lena', 'Locked', 'Record locking is on (Locked__s): conversion is refused with RECORD_LOCKED.', { Company: 'Lockridge GmbH', Locked__s: true }),
    lead(I.merging, 'Mark', 'Merging', 'A merge is in progress ($in_merge): RECORD_LOCKED "record under merge is locked".', { Company: 'Mergeworth AG', $in_merge: true }),
    lead(I.unapproved, 'Una', 'Unapproved', 'Waiting for approval ($approval_state pending): NOT_APPROVED. Read it with approved=both.', { Company: 'Pending Partners', $approval_state: 'pending', $approved: false }),
    lead(I.inReview, 'Rhea', 'Inreview', 'Under review ($review set): NOT_REVIEWED.', { Company: 'Review Board Ltd', $review: { status: 'pending' } }),
    lead(I.otherAccount, 'Dora', 'Different', 'The matching contact works at "Old Employer Inc", not at the lead\'s Company "New Horizons Ltd" (overwrite decides).', { Company: 'New Horizons Ltd', Email: 'dora.different@newhorizons.example' }),
    lead(I.lockedMatch, 'Liam', 'Lockedmatch', 'The only matching contact is locked: it cannot be chosen.', { Company: 'Lockwood Partners', Email: 'liam@lockwood.example' }),
    lead(I.readOnlyMatch, 'Rita', 'Readonly', 'The matching contact is not editable for this user ($editable false).', { Company: 'Readmore Books', Email: 'rita@readmore.example' }),
    lead(I.pendingMatch, 'Abe', 'Awaiting', 'The matching contact is itself waiting for approval.', { Company: 'Awaiting Inc', Email: 'abe@awaiting.example' }),
    lead(I.tagged, 'Tara', 'Tagged', 'Has tags and attachments to carry over and move.', {
      Company: 'Tagline Media',
      Owner: jordan,
      Tag: [tag('Hot', 9100003, '#F17574'), tag('Webinar 2024', 9100005, '#63C57E'), tag('VIP', 9100007, '#E7A826')],
      Attachments: [buildAttachment('proposal.pdf', { id: sid(9200001) }), buildAttachment('meeting-notes.docx', { id: sid(9200003) })],
    }),
    lead(I.accountOnly, 'Amy', 'Accountonly', 'Only an account matches, by company name (weak evidence: not preselected).', { Company: 'Globex Corporation' }),
    lead(I.mergeFields, 'Mia', 'Merge', 'The matching contact (same Email) has an older Phone, Title and Description and no Mobile; its account has no Phone: choose field by field.', {
      Company: 'Mergely GmbH', Email: 'mia.merge@mergely.example', Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Designation: 'Head of Operations',
    }),
    lead(I.searchOnly, 'Sara', 'Searchme', 'Zoho suggests nothing: the contact "Sara Searchme" has another Email and her Phone without the country code. Search finds her.', {
      Company: 'Newjob Inc', Email: 'sara@newjob.example', Phone: '+1 415 555 0142',
    }),
  ];
}

function records(): Pick<OrgSeed, 'contacts' | 'accounts' | 'deals'> {
  const I = SHOWCASE_IDS;
  const base = { Owner: morgan };
  const link = (name: string, id: string) => ({ Account_Name: { name, id } });
  return {
    accounts: [
      buildAccount({ ...base, id: I.accountZylker, Account_Name: 'Zylker Biotech', Website: 'https://zylker.example', Account_Type: 'Customer' }),
      buildAccount({ ...base, id: sid(7820003), Account_Name: 'Old Employer Inc', Phone: '+49 89 5550 2000' }),
      buildAccount({ ...base, id: sid(7820005), Account_Name: 'New Horizons Ltd', Account_Type: 'Prospect' }),
      buildAccount({ ...base, id: sid(7820007), Account_Name: 'Globex Corporation', Phone: '+1 555 0199', Account_Type: 'Partner', Layout: { name: 'Partner Accounts', id: sid(91031) } }),
      buildAccount({ ...base, id: sid(7820101), Account_Name: 'Converted Corp' }),
      buildAccount({ ...base, id: I.accountMergely, Account_Name: 'Mergely GmbH', Website: 'https://mergely.example', Account_Type: 'Customer' }),
    ],
    contacts: [
      buildContact({ ...base, id: I.contactBoyle, Last_Name: 'Boyle', Email: 'pat.boyle@zylker.com' }),
      buildContact({ ...base, id: I.contactPatBoyle, First_Name: 'Pat', Last_Name: 'Boyle', Phone: '98444 44444', ...link('Zylker Biotech', I.accountZylker) }),
      buildContact({ ...base, id: sid(7810005), First_Name: 'Dora', Last_Name: 'Different', Email: 'Dora.Different@NewHorizons.example ', ...link('Old Employer Inc', sid(7820003)) }),
      buildContact({ ...base, id: sid(7810007), First_Name: 'Liam', Last_Name: 'Lockedmatch', Email: 'liam@lockwood.example', Locked__s: true }),
      buildContact({ ...base, id: sid(7810009), First_Name: 'Rita', Last_Name: 'Readonly', Email: 'rita@readmore.example', $editable: false, Owner: { name: 'Victor Hale (other team)', id: sid(225007), email: 'victor.hale@acme-demo.example' } }),
      buildContact({ ...base, id: sid(7810011), First_Name: 'Abe', Last_Name: 'Awaiting', Email: 'abe@awaiting.example', $approval_state: 'pending' }),
      buildContact({ ...base, id: sid(7810101), First_Name: 'Cody', Last_Name: 'Converted', ...link('Converted Corp', sid(7820101)) }),
      buildContact({
        ...base, id: I.contactMiaMerge, First_Name: 'Mia', Last_Name: 'Merge', Email: 'mia.merge@mergely.example', Phone: '+49 30 5550 1999',
        Title: 'Operations Manager', Description: 'Met at the Berlin expo 2023.', ...link('Mergely GmbH', I.accountMergely),
      }),
      buildContact({ ...base, id: I.contactSaraSearchme, First_Name: 'Sara', Last_Name: 'Searchme', Email: 'sara.searchme@oldjob.example', Phone: '(415) 555-0142' }),
    ],
    deals: [buildDeal({ ...base, id: sid(7830101), Deal_Name: 'Converted Corp rollout', Stage: 'Negotiation/Review', Amount: 12000, Contact_Name: { name: 'Cody Converted', id: sid(7810101) }, Account_Name: { name: 'Converted Corp', id: sid(7820101) } })],
  };
}

export function showcaseSeed(): OrgSeed {
  return buildOrgSeed({
    prefix: P,
    uniqueContactFields: ['Phone'],
    extraLayouts: showcaseExtraLayouts(),
    extraDealFields: SHOWCASE_DEAL_FIELDS,
    dealPipelines: showcasePipelines(),
    extraPipelines: { [RENEWALS_LAYOUT_ID]: renewalsPipelines() },
    roles: ROLES,
    users: USERS,
    currentUserId: SHOWCASE_IDS.currentUser,
    org: SHOWCASE_ORG,
    leads: leads(),
    ...records(),
  });
}

export const showcaseInfo: ScenarioInfo = {
  name: 'showcase',
  title: 'Showcase: every case',
  description: 'One lead per situation: the Pat Boyle duplicates, no matches, no company, converted, locked, merging, unapproved, in review, contact at another account, locked/read-only/unapproved candidates, tags and attachments, account-only match, a field-by-field merge, a contact only search finds. EUR org with three pipelines and mandatory custom deal fields.',
  featuredLeadId: SHOWCASE_IDS.patBoyle,
};
