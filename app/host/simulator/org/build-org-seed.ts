// A complete, minimal org seed with Zoho's standard metadata; scenarios and tests override what they need.
import { buildUser } from './record-builders';
import { buildConvertMapping, buildLayout, buildPipeline, standardStages, type LayoutFieldSpec } from './metadata-builders';
import type { JsonObject, ModuleApiName, OrgSeed } from './org-types';
import { accountFieldDefs, contactFieldDefs, simpleLayoutFields, standardDealFields, standardLeadFields } from './standard-fields';

export type OrgSeedOptions = Partial<Omit<OrgSeed, 'fields' | 'layouts' | 'pipelines'>> & {
  /** First 10 digits of every metadata id of the org (Zoho ids share an org prefix). */
  prefix?: string;
  uniqueContactFields?: string[];
  uniqueAccountFields?: string[];
  /** Additional layouts per module (a second layout makes the module appear in modules_with_multiple_layouts). */
  extraLayouts?: Partial<Record<ModuleApiName, JsonObject[]>>;
  /** Extra fields (e.g. mandatory custom ones) of the Deals layout used on conversion. */
  extraDealFields?: LayoutFieldSpec[];
  /** Pipelines of that Deals layout; the standard pipeline when absent. */
  dealPipelines?: JsonObject[];
  /** Pipelines of extra Deals layouts, by layout id. */
  extraPipelines?: Record<string, JsonObject[]>;
};

export function layoutIds(prefix: string): Record<ModuleApiName, string> {
  return { Leads: `${prefix}000091055`, Contacts: `${prefix}000091033`, Accounts: `${prefix}000091029`, Deals: `${prefix}000091023` };
}

export function standardPipeline(prefix: string): JsonObject {
  return buildPipeline({ id: `${prefix}003097001`, display: 'Standard (Standard)', isDefault: true, stages: standardStages(`${prefix}00000`) });
}

export function buildOrgSeed(options: OrgSeedOptions = {}): OrgSeed {
  const prefix = options.prefix ?? '5550000000';
  const ids = layoutIds(prefix);
  const pipelines = options.dealPipelines ?? [standardPipeline(prefix)];
  const dealFields = [...standardDealFields(prefix, pipelines), ...(options.extraDealFields ?? [])];
  const dealsLayout = buildLayout({ id: ids.Deals, name: 'Standard', fields: dealFields });
  const contactsLayout = { id: ids.Contacts, name: 'Standard' };
  const accountsLayout = { id: ids.Accounts, name: 'Standard' };
  const convertMapping = buildConvertMapping({ contacts: contactsLayout, accounts: accountsLayout, deals: { id: ids.Deals, name: 'Standard', fields: dealFields } });
  const extra = options.extraLayouts ?? {};
  const currentUser = buildUser({ id: `${prefix}000000101`, first_name: 'Alex', last_name: 'Owner', email: 'alex.owner@example.com', role: { name: 'CEO', id: `${prefix}000000201` } });
  return {
    moduleIds: { Leads: `${prefix}000002175`, Contacts: `${prefix}000002179`, Accounts: `${prefix}000002177`, Deals: `${prefix}000002181` },
    fields: {
      Contacts: contactFieldDefs(prefix, options.uniqueContactFields),
      Accounts: accountFieldDefs(prefix, options.uniqueAccountFields),
    },
    layouts: {
      Leads: [buildLayout({ id: ids.Leads, name: 'Standard', fields: standardLeadFields(prefix), convertMapping }), ...(extra.Leads ?? [])],
      Contacts: [buildLayout({ ...contactsLayout, fields: simpleLayoutFields(prefix, 'Contacts') }), ...(extra.Contacts ?? [])],
      Accounts: [buildLayout({ ...accountsLayout, fields: simpleLayoutFields(prefix, 'Accounts') }), ...(extra.Accounts ?? [])],
      Deals: [dealsLayout, ...(extra.Deals ?? [])],
    },
    pipelines: { [ids.Deals]: pipelines, ...options.extraPipelines },
    contactRoles: options.contactRoles ?? standardContactRoles(prefix),
    org: options.org ?? {
      id: `${prefix}000000001`,
      company_name: 'Example Org',
      currency: 'US Dollar - USD',
      currency_symbol: '$',
      currency_locale: 'en_US',
      iso_code: 'USD',
      mc_status: false,
      time_zone: 'America/Los_Angeles',
      country_code: 'US',
    },
    roles: options.roles ?? [{ id: `${prefix}000000201`, name: 'CEO', reporting_to: null }],
    currentUserId: options.currentUserId ?? currentUser.id,
    users: options.users ?? [currentUser],
    leads: options.leads ?? [],
    contacts: options.contacts ?? [],
    accounts: options.accounts ?? [],
    deals: options.deals ?? [],
    flags: options.flags,
  };
}

export function standardContactRoles(prefix: string): JsonObject[] {
  return ['Purchasing', 'Decision Maker', 'Evaluator', 'Executive Sponsor', 'Influencer', 'Technical Buyer', 'Economic Buyer', 'Other'].map(
    (name, index) => ({ id: `${prefix}00000${6871 + index * 2}`, name, sequence_number: index + 1 }),
  );
}
