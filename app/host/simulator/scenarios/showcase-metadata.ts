// Showcase org metadata: several pipelines (one with display ≠ actual values), a Deals layout with mandatory
// custom fields of several types, a second Accounts and Deals layout, a role hierarchy and users.
import { buildLayout, buildPipeline, standardStages, type LayoutFieldSpec } from '../org/metadata-builders';
import { buildUser } from '../org/record-builders';
import type { JsonObject, RoleSeed } from '../org/org-types';
import type { SimRecord } from '../simulated-crm-types';

export const P = '3652397000';
export const sid = (n: number): string => `${P}${String(n).padStart(9, '0')}`;

export const SHOWCASE_DEAL_FIELDS: LayoutFieldSpec[] = [
  { api_name: 'Region', id: sid(4100001), field_label: 'Region', data_type: 'picklist', required: true, custom_field: true, length: 120, pick_list_values: [
    { display_value: 'Europe, Middle East & Africa', actual_value: 'EMEA' },
    { display_value: 'Americas', actual_value: 'Americas' },
    { display_value: 'Asia Pacific', actual_value: 'APAC' },
  ] },
  { api_name: 'Go_Live_Date', id: sid(4100003), field_label: 'Go-live Date', data_type: 'date', required: true, custom_field: true },
  { api_name: 'Setup_Fee', id: sid(4100005), field_label: 'Setup Fee', data_type: 'currency', required: true, custom_field: true, length: 16, decimal_place: 2 },
  { api_name: 'Seats', id: sid(4100007), field_label: 'Seats', data_type: 'integer', required: true, custom_field: true, length: 9 },
  { api_name: 'PO_Reference', id: sid(4100009), field_label: 'PO Reference', data_type: 'text', required: true, custom_field: true, length: 20 },
  { api_name: 'Discount_Rate', id: sid(4100011), field_label: 'Discount Rate', data_type: 'double', custom_field: true, length: 5, decimal_place: 2 },
];

export function showcasePipelines(): JsonObject[] {
  return [
    buildPipeline({ id: sid(3097001), display: 'Standard (Standard)', isDefault: true, stages: standardStages(`${P}00000`) }),
    buildPipeline({ id: sid(3097003), display: 'Enterprise Sales', actual: 'Enterprise', stages: [
      { id: sid(3098001), display: 'Discovery' },
      { id: sid(3098003), display: 'Security Review', actual: 'Sec. Review' },
      { id: sid(3098005), display: 'Procurement' },
      { id: sid(3098007), display: 'Closed Won', forecast: 'Closed Won' },
      { id: sid(3098009), display: 'Closed Lost', forecast: 'Closed Lost' },
    ] }),
    buildPipeline({ id: sid(3097005), display: 'Partner Channel', stages: [
      { id: sid(3099001), display: 'Partner Sourced' },
      { id: sid(3099003), display: 'Joint Proposal' },
      { id: sid(3099005), display: 'Won via Partner', forecast: 'Closed Won' },
      { id: sid(3099007), display: 'Lost', forecast: 'Closed Lost' },
    ] }),
  ];
}

export const RENEWALS_LAYOUT_ID = sid(91025);

export function renewalsPipelines(): JsonObject[] {
  return [buildPipeline({ id: sid(3097007), display: 'Renewals', isDefault: true, stages: [
    { id: sid(3099101), display: 'Renewal Due' },
    { id: sid(3099103), display: 'Renewal Negotiation' },
    { id: sid(3099105), display: 'Renewed', forecast: 'Closed Won' },
    { id: sid(3099107), display: 'Churned', forecast: 'Closed Lost' },
  ] })];
}

export const showcaseExtraLayouts = () => ({
  Accounts: [buildLayout({ id: sid(91031), name: 'Partner Accounts', fields: [] })],
  Deals: [buildLayout({ id: RENEWALS_LAYOUT_ID, name: 'Renewals Desk', fields: [
    { api_name: 'Deal_Name', id: sid(519), field_label: 'Deal Name', data_type: 'text', required: true, length: 120 },
  ] })],
});

export const ROLES: RoleSeed[] = [
  { id: sid(201), name: 'CEO', reporting_to: null },
  { id: sid(203), name: 'Sales Manager', reporting_to: sid(201) },
  { id: sid(205), name: 'Sales Rep', reporting_to: sid(203) },
  { id: sid(207), name: 'Marketing Director', reporting_to: sid(201) },
];

const role = (index: number) => ({ name: ROLES[index]!.name, id: ROLES[index]!.id });

export const USERS: SimRecord[] = [
  buildUser({ id: sid(225001), first_name: 'Morgan', last_name: 'Reed', email: 'morgan.reed@acme-demo.example', role: role(1), profile: { name: 'Administrator', id: sid(301) }, zuid: '70010001', time_zone: 'Europe/Berlin', locale: 'en_GB' }), // an English-speaking rep in a German org; the demo's ?locale=de_DE shows the German widget
  buildUser({ id: sid(225003), first_name: 'Jordan', last_name: 'Lee', email: 'jordan.lee@acme-demo.example', role: role(2), profile: { name: 'Standard', id: sid(303) }, zuid: '70010003', time_zone: 'Europe/Berlin' }),
  buildUser({ id: sid(225005), first_name: 'Priya', last_name: 'Shah', email: 'priya.shah@acme-demo.example', role: role(2), profile: { name: 'Standard', id: sid(303) }, zuid: '70010005', time_zone: 'Europe/London' }),
  buildUser({ id: sid(225007), first_name: 'Victor', last_name: 'Hale (other team)', email: 'victor.hale@acme-demo.example', role: role(3), profile: { name: 'Standard', id: sid(303) }, zuid: '70010007' }),
  buildUser({ id: sid(225009), first_name: 'Olive', last_name: 'Former', email: 'olive.former@acme-demo.example', status: 'disabled', role: role(2), profile: { name: 'Standard', id: sid(303) }, zuid: '70010009' }),
];

export const SHOWCASE_ORG = {
  id: sid(1),
  company_name: 'Acme Demo GmbH',
  currency: 'Euro - EUR',
  currency_symbol: '€',
  currency_locale: 'de_DE',
  iso_code: 'EUR',
  mc_status: false,
  time_zone: 'Europe/Berlin',
  country_code: 'DE',
};
