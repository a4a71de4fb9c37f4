// Plain literal fixtures for the domain tests (no simulator code). The kaizen* ones are the Kaizen 137 article's data.
import type {
  AccountCandidate,
  ContactCandidate,
  ContactRole,
  FieldMatch,
  Layout,
  LayoutField,
  Lead,
  Org,
  Pipeline,
  Stage,
  User,
} from '../../app/api/crm-host';
import { attributeMatches } from '../../app/domain/attribute-matches';
import type { AvailableConversionOptions, ConversionContext, DealSetup } from '../../app/domain/conversion-model';
import { buildDealSetup } from '../../app/domain/deal-setup';

export const KAIZEN = {
  lead: '4876876000007440001',
  contactBoyle: '4876876000007437017',
  contactPatBoyle: '4876876000007421001',
  accountZylker: '4876876000007421010',
  owner: '4876876000000225013',
  contactsModule: '4876876000000002179',
};

export function lead(overrides: Partial<Lead> = {}): Lead {
  return {
    id: '100',
    firstName: 'Nina',
    lastName: 'Nomatch',
    fullName: 'Nina Nomatch',
    company: 'Fresh Start Labs',
    email: 'nina@example.com',
    phone: null,
    mobile: null,
    owner: { id: '900', name: 'Morgan Reed', email: 'morgan@example.com' },
    layout: { id: '500', name: 'Standard' },
    tags: [],
    converted: false,
    convertedDetail: null,
    approvalState: 'approved',
    locked: false,
    inMerge: false,
    editable: true,
    fields: {},
    ...overrides,
  };
}

export function contact(overrides: Partial<ContactCandidate> = {}): ContactCandidate {
  return {
    id: '200',
    fullName: 'Some Contact',
    email: null,
    layout: null,
    locked: false,
    account: null,
    editable: true,
    approvalState: 'approved',
    dataProcessingBasis: null,
    fields: {},
    ...overrides,
  };
}

export function account(overrides: Partial<AccountCandidate> = {}): AccountCandidate {
  return {
    id: '300',
    name: 'Some Account',
    phone: null,
    website: null,
    accountType: null,
    layout: null,
    locked: false,
    editable: true,
    approvalState: 'approved',
    fields: {},
    ...overrides,
  };
}

export function fieldMatch(apiName: string, value: string, overrides: Partial<FieldMatch> = {}): FieldMatch {
  return { apiName, fieldId: null, label: null, unique: null, value, ...overrides };
}

export function options(overrides: Partial<AvailableConversionOptions> = {}): AvailableConversionOptions {
  return {
    available: true,
    modulePreference: null,
    contacts: [],
    accounts: [],
    matchedOn: { contacts: [], accounts: [] },
    modulesWithMultipleLayouts: [],
    ...overrides,
  };
}

export const kaizenLead = (overrides: Partial<Lead> = {}): Lead =>
  lead({
    id: KAIZEN.lead,
    firstName: 'Pat',
    lastName: 'Boyle',
    fullName: 'Pat Boyle',
    company: 'Zylker Biotech',
    email: 'pat.boyle@zylker.com',
    phone: '9844444444',
    owner: { id: KAIZEN.owner, name: 'Amelia Burrows', email: 'amelia.burrows@zylker.com' },
    fields: { Full_Name: 'Pat Boyle', Company: 'Zylker Biotech', Phone: '9844444444', Email: 'pat.boyle@zylker.com' },
    ...overrides,
  });

/** The article's __conversion_options response, in the port's terms (as parse-conversion-options makes it). */
export function kaizenOptions(): AvailableConversionOptions {
  const common = { Locked__s: false, $editable: true, $approval_state: 'approved', Data_Processing_Basis: 'null' };
  return options({
    modulePreference: { apiName: 'Contacts', id: KAIZEN.contactsModule },
    contacts: [
      contact({
        id: KAIZEN.contactBoyle,
        fullName: 'Boyle',
        email: 'pat.boyle@zylker.com',
        fields: { Full_Name: 'Boyle', Email: 'pat.boyle@zylker.com', Phone: null, id: KAIZEN.contactBoyle, ...common },
      }),
      contact({
        id: KAIZEN.contactPatBoyle,
        fullName: 'Pat Boyle',
        account: { id: KAIZEN.accountZylker, name: 'Zylker Biotech', locked: false },
        fields: { Full_Name: 'Pat Boyle', Email: null, Phone: '9844444444', id: KAIZEN.contactPatBoyle, ...common },
      }),
    ],
    accounts: [
      account({
        id: KAIZEN.accountZylker,
        name: 'Zylker Biotech',
        layout: { id: '4876876000000091029', name: 'Standard' },
        fields: { Phone: null, Account_Type: null, Locked__s: false, Website: null, Account_Name: 'Zylker Biotech', $editable: true, id: KAIZEN.accountZylker, $approval_state: 'approved' },
      }),
    ],
    matchedOn: {
      contacts: [
        fieldMatch('Phone', '9844444444', { fieldId: '4876876000000002503' }),
        fieldMatch('Email', 'pat.boyle@zylker.com', { fieldId: '4876876000000002497' }),
      ],
      accounts: [
        fieldMatch('Account_Name', 'Zylker Biotech', { fieldId: '4876876000000002425' }),
        fieldMatch('Phone', '9844444444', { fieldId: '4876876000000002427' }),
      ],
    },
    modulesWithMultipleLayouts: [{ apiName: 'Accounts', id: '4876876000000002177' }],
  });
}

export function stage(actualValue: string, sequence: number, displayValue = actualValue): Stage {
  return { id: `st-${sequence}-${actualValue}`, actualValue, displayValue, sequence, forecastType: 'Open' };
}

export function standardPipeline(): Pipeline {
  return {
    id: '3652397000003097001',
    displayValue: 'Standard (Standard)',
    actualValue: 'Standard (Standard)',
    isDefault: true,
    stages: [stage('Negotiation/Review', 5), stage('Qualification', 1), stage('Id. Decision Makers', 4, 'Identify Decision Makers'), stage('Closed Won', 7)],
  };
}

export function enterprisePipeline(): Pipeline {
  return {
    id: '3652397000003097003',
    displayValue: 'Enterprise Sales',
    actualValue: 'Enterprise',
    isDefault: false,
    stages: [stage('Discovery', 1), stage('Sec. Review', 2, 'Security Review')],
  };
}

export const roles: ContactRole[] = [
  { id: '5545974000000006873', name: 'Decision Maker', sequence: 2 },
  { id: '5545974000000006871', name: 'Purchasing', sequence: 1 },
];

export function layoutField(apiName: string, overrides: Partial<LayoutField> = {}): LayoutField {
  return { apiName, label: apiName, dataType: 'text', required: false, readOnly: false, length: null, decimalPlace: null, pickListValues: [], ...overrides };
}

export function layout(overrides: Partial<Layout> = {}): Layout {
  return { id: '600', name: 'Standard', status: 'active', convertMapping: null, fields: [], ...overrides };
}

export function user(id: string, fullName: string): User {
  return { id, fullName, email: null, status: 'active', confirmed: true, role: null, profile: null, locale: null, timeZone: null };
}

export const usdOrg: Org = {
  id: '1', companyName: 'Zylker', currencyName: 'US Dollar - USD', currencySymbol: '$', isoCode: 'USD',
  currencyLocale: 'en_US', multiCurrency: false, timeZone: null, countryCode: 'US',
};

export function standardDealSetup(overrides: Partial<Parameters<typeof buildDealSetup>[0]> = {}): DealSetup {
  return buildDealSetup({ leadsLayout: null, dealsLayout: null, pipelines: [standardPipeline()], contactRoles: roles, ...overrides });
}

export function context(overrides: Partial<ConversionContext> & { lead?: Lead; options?: AvailableConversionOptions } = {}): ConversionContext {
  const theLead = overrides.lead ?? lead();
  const theOptions = overrides.options ?? options();
  return {
    lead: theLead,
    options: theOptions,
    attribution: overrides.attribution ?? attributeMatches(theLead, theOptions),
    dealSetup: overrides.dealSetup === undefined ? standardDealSetup() : overrides.dealSetup,
    users: overrides.users ?? [user('900', 'Morgan Reed'), user('901', 'Jordan Lee'), user(KAIZEN.owner, 'Amelia Burrows')],
    org: overrides.org === undefined ? usdOrg : overrides.org,
  };
}

export const kaizenContext = (overrides: Partial<ConversionContext> = {}): ConversionContext =>
  context({ lead: kaizenLead(), options: kaizenOptions(), ...overrides });
