// Builders for layout, pipeline and contact-role metadata in Zoho's JSON shapes (layouts §5.1, pipelines §5.2).
import type { JsonObject } from './org-types';

export type PickValue = { display_value: string; actual_value: string };

export type LayoutFieldSpec = {
  api_name: string;
  id: string;
  field_label: string;
  data_type: string;
  required?: boolean;
  read_only?: boolean;
  length?: number | null;
  decimal_place?: number | null;
  custom_field?: boolean;
  pick_list_values?: PickValue[];
};

export type LayoutRef = { id: string; name: string };

function fieldJson(field: LayoutFieldSpec): JsonObject {
  return {
    api_name: field.api_name,
    id: field.id,
    field_label: field.field_label,
    display_label: field.field_label,
    data_type: field.data_type,
    required: field.required ?? false,
    read_only: field.read_only ?? false,
    visible: true,
    custom_field: field.custom_field ?? false,
    length: field.length ?? null,
    decimal_place: field.decimal_place ?? null,
    pick_list_values: (field.pick_list_values ?? []).map((value, index) => ({ ...value, sequence_number: index + 1 })),
  };
}

export function buildLayout(spec: LayoutRef & { fields: LayoutFieldSpec[]; convertMapping?: JsonObject | undefined }): JsonObject {
  const layout: JsonObject = {
    id: spec.id,
    name: spec.name,
    display_label: spec.name,
    api_name: spec.name.replace(/\W+/g, '_'),
    status: 'active',
    visible: true,
    source: 'crm',
    profiles: [{ id: '5550000000000000301', name: 'Administrator', default: true }],
    sections: [
      {
        id: `${spec.id}1`.slice(0, 19),
        api_name: 'Information',
        name: 'Information',
        display_label: 'Information',
        sequence_number: 1,
        column_count: 2,
        fields: spec.fields.map(fieldJson),
      },
    ],
  };
  if (spec.convertMapping !== undefined) layout.convert_mapping = spec.convertMapping;
  return layout;
}

/** Leads layout convert_mapping: which Contacts/Accounts/Deals layouts a conversion uses, with the Deals fields. */
export function buildConvertMapping(targets: { contacts: LayoutRef; accounts: LayoutRef; deals: LayoutRef & { fields: LayoutFieldSpec[] } }): JsonObject {
  const ref = (layout: LayoutRef) => ({ display_label: layout.name, name: layout.name, id: layout.id });
  return {
    Contacts: ref(targets.contacts),
    Deals: {
      ...ref(targets.deals),
      fields: targets.deals.fields
        .filter((field) => !['lookup', 'ownerlookup'].includes(field.data_type))
        .map((field) => ({ api_name: field.api_name, field_label: field.field_label, id: field.id, required: field.required ?? false })),
    },
    Accounts: ref(targets.accounts),
  };
}

export type StageSpec = { id: string; display: string; actual?: string; forecast?: 'Open' | 'Closed Won' | 'Closed Lost' };

const FORECAST_CATEGORY = {
  Open: { name: 'Pipeline', id: '5550000000000006787' },
  'Closed Won': { name: 'Closed', id: '5550000000000006789' },
  'Closed Lost': { name: 'Omitted', id: '5550000000000006791' },
};

export function buildPipeline(spec: { id: string; display: string; actual?: string; isDefault?: boolean; stages: StageSpec[] }): JsonObject {
  return {
    id: spec.id,
    display_value: spec.display,
    actual_value: spec.actual ?? spec.display,
    default: spec.isDefault ?? false,
    child_available: false,
    maps: spec.stages.map((stage, index) => ({
      id: stage.id,
      display_value: stage.display,
      actual_value: stage.actual ?? stage.display,
      sequence_number: index + 1,
      forecast_type: stage.forecast ?? 'Open',
      forecast_category: FORECAST_CATEGORY[stage.forecast ?? 'Open'],
    })),
  };
}

/** Zoho's default sales stages; "Identify Decision Makers" is the documented display ≠ actual case (D7-pipe). */
export function standardStages(idPrefix: string): StageSpec[] {
  const names: [string, string | undefined, StageSpec['forecast']][] = [
    ['Qualification', undefined, 'Open'],
    ['Needs Analysis', undefined, 'Open'],
    ['Value Proposition', undefined, 'Open'],
    ['Identify Decision Makers', 'Id. Decision Makers', 'Open'],
    ['Perception Analysis', undefined, 'Open'],
    ['Proposal/Price Quote', undefined, 'Open'],
    ['Negotiation/Review', undefined, 'Open'],
    ['Closed Won', undefined, 'Closed Won'],
    ['Closed Lost', undefined, 'Closed Lost'],
  ];
  return names.map(([display, actual, forecast], index) => ({
    id: `${idPrefix}${String(6801 + index * 2).padStart(4, '0')}`,
    display,
    ...(actual !== undefined ? { actual } : {}),
    forecast,
  }));
}

export function pickValues(values: string[]): PickValue[] {
  return values.map((value) => ({ display_value: value, actual_value: value }));
}
