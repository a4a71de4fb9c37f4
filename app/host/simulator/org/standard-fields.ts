// Zoho's standard field definitions, parameterised by an org's id prefix (first 10 digits of its ids).
import type { LayoutFieldSpec } from './metadata-builders';
import type { FieldDef, JsonObject } from './org-types';

export function contactFieldDefs(prefix: string, unique: string[] = []): FieldDef[] {
  return [
    { api_name: 'Full_Name', id: `${prefix}000002491`, field_label: 'Full Name', data_type: 'text' },
    { api_name: 'Email', id: `${prefix}000002497`, field_label: 'Email', data_type: 'email' },
    { api_name: 'Phone', id: `${prefix}000002503`, field_label: 'Phone', data_type: 'phone' },
    { api_name: 'Mobile', id: `${prefix}000002509`, field_label: 'Mobile', data_type: 'phone' },
  ].map((field) => ({ ...field, unique: unique.includes(field.api_name) }));
}

export function accountFieldDefs(prefix: string, unique: string[] = []): FieldDef[] {
  return [
    { api_name: 'Account_Name', id: `${prefix}000002425`, field_label: 'Account Name', data_type: 'text' },
    { api_name: 'Phone', id: `${prefix}000002427`, field_label: 'Phone', data_type: 'phone' },
    { api_name: 'Website', id: `${prefix}000002431`, field_label: 'Website', data_type: 'website' },
  ].map((field) => ({ ...field, unique: unique.includes(field.api_name) }));
}

/** Standard Deals layout fields; Pipeline/Stage picklists list every pipeline and stage of the layout. */
export function standardDealFields(prefix: string, pipelines: JsonObject[]): LayoutFieldSpec[] {
  const pipelineValues = pipelines.map((p) => ({ display_value: String(p.display_value), actual_value: String(p.actual_value) }));
  const stageValues = new Map<string, { display_value: string; actual_value: string }>();
  for (const pipeline of pipelines) {
    for (const stage of (pipeline.maps as JsonObject[] | undefined) ?? []) {
      stageValues.set(String(stage.actual_value), { display_value: String(stage.display_value), actual_value: String(stage.actual_value) });
    }
  }
  return [
    { api_name: 'Owner', id: `${prefix}000000515`, field_label: 'Deal Owner', data_type: 'ownerlookup', required: true },
    { api_name: 'Amount', id: `${prefix}000000517`, field_label: 'Amount', data_type: 'currency', length: 16, decimal_place: 2 },
    { api_name: 'Deal_Name', id: `${prefix}000000519`, field_label: 'Deal Name', data_type: 'text', required: true, length: 120 },
    { api_name: 'Closing_Date', id: `${prefix}000000521`, field_label: 'Closing Date', data_type: 'date', required: true },
    { api_name: 'Account_Name', id: `${prefix}000000523`, field_label: 'Account Name', data_type: 'lookup' },
    { api_name: 'Pipeline', id: `${prefix}000236001`, field_label: 'Pipeline', data_type: 'picklist', required: true, length: 100, pick_list_values: pipelineValues },
    { api_name: 'Stage', id: `${prefix}000000525`, field_label: 'Stage', data_type: 'picklist', required: true, length: 100, pick_list_values: [...stageValues.values()] },
    { api_name: 'Type', id: `${prefix}000000527`, field_label: 'Type', data_type: 'picklist', length: 50, pick_list_values: [{ display_value: '-None-', actual_value: '-None-' }, { display_value: 'New Business', actual_value: 'New Business' }, { display_value: 'Existing Business', actual_value: 'Existing Business' }] },
    { api_name: 'Probability', id: `${prefix}000000529`, field_label: 'Probability (%)', data_type: 'integer', length: 3 },
    { api_name: 'Next_Step', id: `${prefix}000000531`, field_label: 'Next Step', data_type: 'text', length: 200 },
    { api_name: 'Lead_Source', id: `${prefix}000000533`, field_label: 'Lead Source', data_type: 'picklist', length: 100 },
    { api_name: 'Contact_Name', id: `${prefix}000000537`, field_label: 'Contact Name', data_type: 'lookup' },
    { api_name: 'Description', id: `${prefix}000000539`, field_label: 'Description', data_type: 'textarea', length: 32000 },
  ];
}

export function standardLeadFields(prefix: string): LayoutFieldSpec[] {
  return [
    { api_name: 'First_Name', id: `${prefix}000000551`, field_label: 'First Name', data_type: 'text', length: 40 },
    { api_name: 'Last_Name', id: `${prefix}000000553`, field_label: 'Last Name', data_type: 'text', required: true, length: 80 },
    { api_name: 'Company', id: `${prefix}000000555`, field_label: 'Company', data_type: 'text', length: 200 },
    { api_name: 'Email', id: `${prefix}000000557`, field_label: 'Email', data_type: 'email', length: 100 },
    { api_name: 'Phone', id: `${prefix}000000559`, field_label: 'Phone', data_type: 'phone', length: 30 },
    { api_name: 'Mobile', id: `${prefix}000000561`, field_label: 'Mobile', data_type: 'phone', length: 30 },
  ];
}

export function simpleLayoutFields(prefix: string, module: 'Contacts' | 'Accounts'): LayoutFieldSpec[] {
  return module === 'Contacts'
    ? [{ api_name: 'Last_Name', id: `${prefix}000002489`, field_label: 'Last Name', data_type: 'text', required: true, length: 80 }]
    : [{ api_name: 'Account_Name', id: `${prefix}000002425`, field_label: 'Account Name', data_type: 'text', required: true, length: 200 }];
}
