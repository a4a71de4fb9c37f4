// The Kaizen 137 article as typed data: lead Pat Boyle (Zylker Biotech, 9844444444), contact "Boyle" (Email match),
// contact "Pat Boyle" (Phone match, linked to Zylker Biotech), account Zylker Biotech (Account_Name match), and an
// Accounts Phone match that no returned account carries.
import type { AccountCandidate, ContactCandidate, FieldMatch, Lead } from '../../../../app/api/crm-host';
import { attributeMatches } from '../../../../app/domain/attribute-matches';
import type { AvailableConversionOptions, MatchAttribution } from '../../../../app/domain/conversion-model';

export const IDS = {
  lead: '4876876000007466001',
  contactBoyle: '4876876000007437017',
  contactPatBoyle: '4876876000007421001',
  accountZylker: '4876876000007421010',
} as const;

export function buildLead(overrides: Partial<Lead> = {}): Lead {
  return {
    id: IDS.lead,
    firstName: 'Pat',
    lastName: 'Boyle',
    fullName: 'Pat Boyle',
    company: 'Zylker Biotech',
    email: 'pat.boyle@zylker.com',
    phone: '9844444444',
    mobile: null,
    owner: { id: '4876876000000281001', name: 'Rita Owner', email: 'rita@zylker.com' },
    layout: { id: '4876876000000091055', name: 'Standard' },
    tags: [],
    converted: false,
    convertedDetail: null,
    approvalState: 'approved',
    locked: false,
    inMerge: false,
    editable: true,
    fields: { Company: 'Zylker Biotech', Email: 'pat.boyle@zylker.com', Phone: '9844444444', Full_Name: 'Pat Boyle' },
    ...overrides,
  };
}

export function buildContact(overrides: Partial<ContactCandidate> = {}): ContactCandidate {
  return {
    id: IDS.contactPatBoyle,
    fullName: 'Pat Boyle',
    email: null,
    layout: { id: '4876876000000091033', name: 'Standard' },
    locked: false,
    account: { id: IDS.accountZylker, name: 'Zylker Biotech', locked: false },
    editable: true,
    approvalState: 'approved',
    dataProcessingBasis: null,
    fields: { Full_Name: 'Pat Boyle', Email: null, Phone: '9844444444' },
    ...overrides,
  };
}

export const contactBoyle = (overrides: Partial<ContactCandidate> = {}) =>
  buildContact({
    id: IDS.contactBoyle,
    fullName: 'Boyle',
    email: 'pat.boyle@zylker.com',
    account: null,
    fields: { Full_Name: 'Boyle', Email: 'pat.boyle@zylker.com', Phone: null },
    ...overrides,
  });

export const contactPatBoyle = buildContact;

export function buildAccount(overrides: Partial<AccountCandidate> = {}): AccountCandidate {
  return {
    id: IDS.accountZylker,
    name: 'Zylker Biotech',
    phone: null,
    website: null,
    accountType: null,
    layout: { id: '4876876000000091029', name: 'Standard' },
    locked: false,
    editable: true,
    approvalState: 'approved',
    fields: { Account_Name: 'Zylker Biotech', Phone: null, Website: null, Account_Type: null },
    ...overrides,
  };
}

const match = (apiName: string, value: string, fieldId: string): FieldMatch => ({ apiName, fieldId, label: null, unique: null, value });

export function buildOptions(overrides: Partial<AvailableConversionOptions> = {}): AvailableConversionOptions {
  return {
    available: true,
    modulePreference: { apiName: 'Contacts', id: '4876876000000002179' },
    contacts: [contactBoyle(), contactPatBoyle()],
    accounts: [buildAccount()],
    matchedOn: {
      contacts: [match('Phone', '9844444444', '4876876000000002503'), match('Email', 'pat.boyle@zylker.com', '4876876000000002497')],
      accounts: [match('Account_Name', 'Zylker Biotech', '4876876000000002425'), match('Phone', '9844444444', '4876876000000002427')],
    },
    modulesWithMultipleLayouts: [{ apiName: 'Accounts', id: '4876876000000002177' }],
    ...overrides,
  };
}

/** The article's lead, options and the real attribution of its matches. */
export function kaizen(options: { lead?: Lead; options?: AvailableConversionOptions } = {}): {
  lead: Lead;
  options: AvailableConversionOptions;
  attribution: MatchAttribution;
} {
  const lead = options.lead ?? buildLead();
  const conversionOptions = options.options ?? buildOptions();
  return { lead, options: conversionOptions, attribution: attributeMatches(lead, conversionOptions) };
}
