// Reads data[0] of a convert request and checks JSON types (the "body types" step of §3.8).
import type { SimResponse } from '../sim-http';
import { itemError, rootError, type ZohoError } from '../http/responses';
import type { JsonObject, TargetModule } from '../org/org-types';
import { isBlank, isIdString, isObject, typeCheckFor, wrongType } from './json-checks';

export type ConverterInput = {
  overwrite: boolean;
  accountId: string | undefined;
  contactId: string | undefined;
  assignToId: string | undefined;
  moveAttachments: { api_name: string; id: string | undefined } | undefined;
  deals: JsonObject | undefined;
  carryOverTags: Partial<Record<TargetModule, string[]>>;
};

export type ParsedConverter = { input: ConverterInput; error?: undefined } | { input?: undefined; error: SimResponse };

const BOOLEANS = ['overwrite', 'notify_lead_owner', 'notify_new_entity_owner', 'add_to_existing_record'];
const ID_OBJECTS = ['Accounts', 'Contacts', 'assign_to'];
const P = '$.data[0]';

export function parseConverter(body: unknown, dealFields: JsonObject[]): ParsedConverter {
  if (!isObject(body) || body.data === undefined) {
    return { error: rootError(400, 'MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'data', json_path: '$.data' }) };
  }
  if (!Array.isArray(body.data) || body.data.length === 0) {
    return { error: rootError(400, 'INVALID_DATA', 'invalid data', { api_name: 'data', json_path: '$.data', expected_data_type: 'jsonarray' }) };
  }
  // Single convert with more than one element is undocumented (§10.9); refusing it is [INFERRED].
  if (body.data.length > 1) {
    return { error: rootError(400, 'LIMIT_EXCEEDED', 'Limit exceeded', { limit: 1, limit_due_to: [{ api_name: 'data', json_path: '$.data' }] }) };
  }
  const item: unknown = body.data[0];
  if (!isObject(item)) return { error: itemError(400, wrongType('data', P, 'jsonobject')) };
  const problem = typeProblem(item, dealFields);
  if (problem) return { error: itemError(400, problem) };
  const id = (key: string) => (item[key] as { id?: string } | undefined)?.id;
  const move = item.move_attachments_to as { api_name: string; id?: string } | undefined;
  return {
    input: {
      overwrite: item.overwrite === true,
      accountId: id('Accounts'),
      contactId: id('Contacts'),
      assignToId: id('assign_to'),
      moveAttachments: move ? { api_name: move.api_name, id: move.id } : undefined,
      deals: item.Deals as JsonObject | undefined,
      carryOverTags: (item.carry_over_tags ?? {}) as Partial<Record<TargetModule, string[]>>,
    },
  };
}

function typeProblem(item: JsonObject, dealFields: JsonObject[]): ZohoError | null {
  for (const key of BOOLEANS) {
    if (item[key] !== undefined && typeof item[key] !== 'boolean') return wrongType(key, `${P}.${key}`, 'boolean');
  }
  for (const key of ID_OBJECTS) {
    const value = item[key];
    if (value === undefined) continue;
    if (!isObject(value)) return wrongType(key, `${P}.${key}`, 'jsonobject');
    if (!isIdString(value.id)) return wrongType('id', `${P}.${key}.id`, 'long');
  }
  const move = item.move_attachments_to;
  if (move !== undefined) {
    if (!isObject(move)) return wrongType('move_attachments_to', `${P}.move_attachments_to`, 'jsonobject');
    if (typeof move.api_name !== 'string') return wrongType('api_name', `${P}.move_attachments_to.api_name`, 'text');
    if (move.id !== undefined && !isIdString(move.id)) return wrongType('id', `${P}.move_attachments_to.id`, 'long');
  }
  const tags = item.carry_over_tags;
  if (tags !== undefined) {
    if (!isObject(tags)) return wrongType('carry_over_tags', `${P}.carry_over_tags`, 'jsonobject');
    for (const [module, names] of Object.entries(tags)) {
      const path = `${P}.carry_over_tags.${module}`;
      if (!Array.isArray(names)) return wrongType(module, path, 'jsonarray');
      const bad = names.findIndex((name) => typeof name !== 'string');
      if (bad >= 0) return wrongType(module, `${path}[${bad}]`, 'text');
    }
  }
  const deals = item.Deals;
  if (deals === undefined) return null;
  if (!isObject(deals)) return wrongType('Deals', `${P}.Deals`, 'jsonobject');
  return dealTypeProblem(deals, dealFields, `${P}.Deals`);
}

export function dealTypeProblem(deals: JsonObject, dealFields: JsonObject[], path: string): ZohoError | null {
  for (const [key, value] of Object.entries(deals)) {
    if (isBlank(value)) continue; // null, absent or empty: the mandatory check decides
    if (key === 'Contact_Role') {
      if (!isIdString(value)) return wrongType(key, `${path}.${key}`, 'long');
      continue;
    }
    const field = dealFields.find((f) => f.api_name === key);
    if (!field) continue; // unknown keys are ignored, as Zoho does for fields not in the layout [INFERRED]
    const [expected, check] = typeCheckFor(String(field.data_type));
    if (!check(value)) return wrongType(key, `${path}.${key}`, expected);
  }
  return null;
}
