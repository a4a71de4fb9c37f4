import type { ContactRole, Layout, LayoutField, Pipeline } from '../api/crm-host';
import type { DealFieldSpec, DealInput, DealSetup } from './conversion-model';
import { fieldLabel } from './match-values';

/** Keys the deal form always handles itself, in this order (§3.3; Contact_Role is a role id, §5.4). */
export const STANDARD_DEAL_FIELDS = ['Deal_Name', 'Closing_Date', 'Pipeline', 'Stage', 'Amount', 'Contact_Role'];
// Filled by the conversion itself (owner, the contact and account it links), never asked from the rep [INFERRED].
const SET_BY_CONVERSION = new Set(['Owner', 'Contact_Name', 'Account_Name', 'Layout']);
/** Deal_Name ≤ 120 characters (OASY-convert DealConversion). */
const DEAL_NAME_MAX = 120;

type SetupInput = { leadsLayout: Layout | null; dealsLayout: Layout | null; pipelines: Pipeline[]; contactRoles: ContactRole[] };

/** The deal form of product brief step 4: the standard fields, then every other required field of the layout. */
export function buildDealSetup(input: SetupInput): DealSetup {
  const { leadsLayout, dealsLayout, pipelines } = input;
  const mapping = leadsLayout?.convertMapping?.Deals ?? null;
  const layoutField = (apiName: string) => dealsLayout?.fields.find((field) => field.apiName === apiName);
  const label = (apiName: string) => fieldLabel(apiName, layoutField(apiName)?.label ?? mapping?.fields.find((f) => f.apiName === apiName)?.label);
  const contactRoles = [...input.contactRoles].sort((a, b) => a.sequence - b.sequence);
  const spec = (apiName: string, inputKind: DealInput, required: boolean, extra: Partial<DealFieldSpec> = {}): DealFieldSpec => ({
    apiName,
    label: label(apiName),
    input: inputKind,
    required,
    maxLength: null,
    decimalPlaces: null,
    options: [],
    ...extra,
  });
  const amount = layoutField('Amount');
  const amountRequired = amount?.required === true || mapping?.fields.some((f) => f.apiName === 'Amount' && f.required) === true;

  const fields: DealFieldSpec[] = [
    spec('Deal_Name', 'text', true, { maxLength: Math.min(layoutField('Deal_Name')?.length ?? DEAL_NAME_MAX, DEAL_NAME_MAX) }),
    spec('Closing_Date', 'date', true),
    ...(pipelines.length > 0
      ? [spec('Pipeline', 'pipeline', true, { options: pipelines.map((p) => ({ value: p.actualValue, label: p.displayValue })) })]
      : []),
    // With pipelines the stages come from the chosen one; without, from the layout's Stage picklist.
    spec('Stage', 'stage', true, { options: pipelines.length > 0 ? [] : picklistOptions(layoutField('Stage')) }),
    spec('Amount', 'currency', amountRequired, { decimalPlaces: amount?.decimalPlace ?? null }),
    ...(contactRoles.length > 0
      ? [spec('Contact_Role', 'contact-role', false, { options: contactRoles.map((r) => ({ value: r.id, label: r.name })) })]
      : []),
  ];

  const extraNames = [
    ...(mapping?.fields.filter((f) => f.required).map((f) => f.apiName) ?? []),
    ...(dealsLayout?.fields.filter((f) => f.required && !f.readOnly).map((f) => f.apiName) ?? []),
  ].filter((name, index, all) => all.indexOf(name) === index && !STANDARD_DEAL_FIELDS.includes(name) && !SET_BY_CONVERSION.has(name));

  for (const apiName of extraNames) {
    const field = layoutField(apiName);
    fields.push(spec(apiName, inputFor(field?.dataType ?? 'text'), true, {
      maxLength: field?.length ?? null,
      decimalPlaces: field?.decimalPlace ?? null,
      options: picklistOptions(field),
    }));
  }
  return { layoutId: dealsLayout?.id ?? mapping?.id ?? null, fields, pipelines, contactRoles };
}

function picklistOptions(field: LayoutField | undefined): DealFieldSpec['options'] {
  return (field?.pickListValues ?? []).map((value) => ({ value: value.actualValue, label: value.displayValue }));
}

/** Zoho data_type (§5.3) → the input the form renders; unknown types fall back to text. */
export function inputFor(dataType: string): DealInput {
  switch (dataType) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'date':
    case 'currency':
    case 'percent':
    case 'boolean':
    case 'picklist':
      return dataType;
    case 'website':
      return 'url';
    case 'datetime':
      return 'date';
    case 'double':
    case 'decimal':
      return 'number';
    case 'integer':
    case 'bigint':
      return 'integer';
    default:
      return 'text';
  }
}
