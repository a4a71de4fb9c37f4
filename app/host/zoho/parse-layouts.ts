import type { ConvertMappingTarget, Layout, LayoutField, PickListValue } from '../../api/crm-host';
import {
  asArray,
  asObject,
  malformed,
  readBoolean,
  readId,
  readNameId,
  readNumber,
  readString,
  requireId,
  readListAnswer,
  type JsonObject,
} from './read-json';

/** GET /settings/layouts?module= → every layout; 204 → none. */
export function parseLayouts(body: unknown): Layout[] {
  return readListAnswer(body, 'layouts', { list: 'a layouts list', item: 'a layout' }).map(parseLayout);
}

/** GET /settings/layouts/{id}?module= → the one layout. */
export function parseSingleLayout(body: unknown): Layout {
  const [first] = parseLayouts(body);
  if (!first) throw malformed('Zoho returned no layout');
  return first;
}

function parseLayout(layout: JsonObject): Layout {
  const mapping = asObject(layout.convert_mapping);
  return {
    id: requireId(layout.id, 'a layout'),
    name: readString(layout.name) ?? readString(layout.display_label) ?? '',
    status: readString(layout.status),
    convertMapping: mapping
      ? {
          Contacts: readMappingTarget(mapping.Contacts),
          Accounts: readMappingTarget(mapping.Accounts),
          Deals: readMappingTarget(mapping.Deals),
        }
      : null,
    fields: asArray(layout.sections).flatMap((section) => asArray(asObject(section)?.fields).flatMap(readField)),
  };
}

function readMappingTarget(value: unknown): ConvertMappingTarget | null {
  const target = readNameId(value);
  if (!target) return null;
  const fields = asArray(asObject(value)?.fields).flatMap((item) => {
    const field = asObject(item);
    const apiName = readString(field?.api_name);
    if (!field || !apiName) return [];
    return [{ id: readId(field.id), apiName, label: readString(field.field_label) ?? apiName, required: field.required === true }];
  });
  return { ...target, fields };
}

function readField(value: unknown): LayoutField[] {
  const field = asObject(value);
  const apiName = readString(field?.api_name);
  if (!field || !apiName) return [];
  return [
    {
      apiName,
      label: readString(field.field_label) ?? readString(field.display_label) ?? apiName,
      dataType: readString(field.data_type) ?? 'text',
      required: field.required === true || field.system_mandatory === true,
      readOnly: readBoolean(field.read_only, false),
      length: readNumber(field.length),
      decimalPlace: readNumber(field.decimal_place),
      pickListValues: asArray(field.pick_list_values).flatMap(readPickListValue),
    },
  ];
}

function readPickListValue(value: unknown): PickListValue[] {
  const item = asObject(value);
  const displayValue = readString(item?.display_value);
  const actualValue = readString(item?.actual_value);
  if (displayValue === null && actualValue === null) return [];
  return [{ displayValue: displayValue ?? actualValue ?? '', actualValue: actualValue ?? displayValue ?? '' }];
}
