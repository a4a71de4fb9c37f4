// Deals checks of a conversion: mandatory keys, lengths, values, contact role, Pipeline ↔ Stage.
import { zohoError, type ZohoError } from '../http/responses';
import type { JsonObject } from '../org/org-types';
import { invalidValue, isBlank } from './json-checks';

/** Documented default mandatory keys (D7-convert); the layout's required fields come after them. */
export const DEAL_KEYS = ['Deal_Name', 'Closing_Date', 'Stage', 'Pipeline'];
// Filled by the conversion itself, so never demanded from the caller.
const SET_BY_CONVERSION = ['Owner', 'Contact_Name', 'Account_Name'];
const LENGTHS: Record<string, number> = { Deal_Name: 120, Pipeline: 100, Stage: 100, Contact_Role: 50, Type: 50, Lead_Source: 100, Campaign_Source: 100, Next_Step: 200, Description: 32000 };

export function missingDealField(deals: JsonObject, dealFields: JsonObject[], path: string, message: string, layoutRequired = true): ZohoError | null {
  const required = layoutRequired
    ? [...DEAL_KEYS, ...dealFields.filter((f) => f.required === true).map((f) => String(f.api_name))]
    : DEAL_KEYS;
  const missing = required.find((key) => !SET_BY_CONVERSION.includes(key) && isBlank(deals[key]));
  return missing ? zohoError('MANDATORY_NOT_FOUND', message, { api_name: missing, json_path: `${path}.${missing}` }) : null;
}

export function tooLongDealField(deals: JsonObject, dealFields: JsonObject[], path: string): ZohoError | null {
  for (const [key, value] of Object.entries(deals)) {
    if (typeof value !== 'string') continue;
    const layoutLength = dealFields.find((f) => f.api_name === key)?.length;
    const max = typeof layoutLength === 'number' ? layoutLength : LENGTHS[key];
    if (max !== undefined && value.length > max) {
      return zohoError('INVALID_DATA', 'invalid data', { maximum_length: max, api_name: key, json_path: `${path}.${key}` });
    }
  }
  return null;
}

/** Values that must exist in the org: contact role ids and custom picklist values. */
export function unknownDealValue(deals: JsonObject, dealFields: JsonObject[], contactRoles: JsonObject[], path: string): ZohoError | null {
  const role = deals.Contact_Role;
  if (!isBlank(role) && !contactRoles.some((r) => r.id === role)) return invalidValue('Contact_Role', `${path}.Contact_Role`);
  for (const field of dealFields) {
    const value = deals[String(field.api_name)];
    if (field.custom_field !== true || field.data_type !== 'picklist' || isBlank(value)) continue;
    const values = (field.pick_list_values as { actual_value: string }[] | undefined) ?? [];
    if (!values.some((v) => v.actual_value === value)) return invalidValue(String(field.api_name), `${path}.${String(field.api_name)}`);
  }
  return null;
}

/** Pipeline must be a pipeline of the Deals layout and Stage one of its maps, both by actual_value. */
export function pipelineStageProblem(deals: JsonObject, pipelines: JsonObject[], path: string, stagePath: string): ZohoError | null {
  const pipeline = pipelines.find((p) => p.actual_value === deals.Pipeline);
  if (!pipeline) return invalidValue('Pipeline', `${path}.Pipeline`);
  const stages = (pipeline.maps as JsonObject[] | undefined) ?? [];
  if (!stages.some((s) => s.actual_value === deals.Stage)) {
    // Zoho spells it "doesn`t" in its OAS/SDK; the v8 YAML example and docs use an apostrophe.
    return zohoError('MAPPING_MISMATCH', "Pipeline doesn't contain the Stage", { mapped_field: 'Pipeline', api_name: 'Stage', json_path: stagePath });
  }
  return null;
}
