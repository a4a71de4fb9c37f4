import type { LeadConverter } from '../api/crm-host';
import type { DealFieldError, DealFieldSpec, DealSetup, DealValues } from './conversion-model';
import { parseIsoDate } from './deal-defaults';
import { parseAmount } from './parse-amount';

export type DealValidation =
  | { ok: true; deal: NonNullable<LeadConverter['Deals']> }
  | { ok: false; errors: { apiName: string; error: DealFieldError }[] };

type FieldResult = { value: unknown } | { error: DealFieldError } | { omit: true };

/** §3.3: Deal_Name, Closing_Date and Stage must be sent whatever the layout says. */
const ALWAYS_REQUIRED = ['Deal_Name', 'Closing_Date', 'Stage'] as const;

/** Checks the deal form inline before anything is sent, and builds the Deals object of §3.2/§3.3. */
export function validateDeal(setup: DealSetup, values: DealValues): DealValidation {
  const errors: { apiName: string; error: DealFieldError }[] = [];
  const deal: Record<string, unknown> = {};
  for (const field of setup.fields) {
    const result = validateField(field, (values[field.apiName] ?? '').trim(), setup, values);
    if ('error' in result) errors.push({ apiName: field.apiName, error: result.error });
    else if ('value' in result) deal[field.apiName] = result.value;
  }
  for (const apiName of ALWAYS_REQUIRED) {
    if (typeof deal[apiName] !== 'string' && !errors.some((e) => e.apiName === apiName)) errors.push({ apiName, error: 'required' });
  }
  const { Deal_Name, Closing_Date, Stage } = deal;
  if (errors.length > 0 || typeof Deal_Name !== 'string' || typeof Closing_Date !== 'string' || typeof Stage !== 'string') {
    return { ok: false, errors };
  }
  return { ok: true, deal: { ...deal, Deal_Name, Closing_Date, Stage } };
}

function validateField(field: DealFieldSpec, raw: string, setup: DealSetup, values: DealValues): FieldResult {
  if (raw === '') return field.required ? { error: 'required' } : { omit: true };
  switch (field.input) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'url':
      return field.maxLength !== null && raw.length > field.maxLength ? { error: 'too-long' } : { value: raw };
    case 'date':
      return parseIsoDate(raw) === null ? { error: 'not-a-date' } : { value: raw };
    case 'currency':
    case 'number':
    case 'integer':
    case 'percent':
      return numberField(field, raw);
    case 'boolean':
      if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
      return { error: 'not-an-option' };
    case 'picklist':
      return field.options.some((option) => option.value === raw) ? { value: raw } : { error: 'not-an-option' };
    case 'pipeline':
      return setup.pipelines.some((pipeline) => pipeline.actualValue === raw) ? { value: raw } : { error: 'not-an-option' };
    case 'stage':
      return stageField(field, raw, setup, values);
    case 'contact-role':
      return setup.contactRoles.some((role) => role.id === raw) ? { value: raw } : { error: 'not-an-option' };
  }
}

function numberField(field: DealFieldSpec, raw: string): FieldResult {
  const value = parseAmount(raw);
  if (value === null) return { error: 'not-a-number' };
  // Amount is money (product brief: "number ≥ 0"); other currency fields follow the same rule.
  if (field.input === 'currency' && value < 0) return { error: 'negative' };
  if (field.input === 'integer' && !Number.isSafeInteger(value)) return { error: 'not-an-integer' };
  if (field.input === 'percent' && (value < 0 || value > 100)) return { error: 'out-of-range' };
  return { value };
}

// §3.6 MAPPING_MISMATCH "Pipeline doesn't contain the Stage": stages compare by actual_value (§3.3).
function stageField(field: DealFieldSpec, raw: string, setup: DealSetup, values: DealValues): FieldResult {
  if (setup.pipelines.length === 0) {
    return field.options.length === 0 || field.options.some((option) => option.value === raw) ? { value: raw } : { error: 'not-an-option' };
  }
  const pipeline = setup.pipelines.find((p) => p.actualValue === (values['Pipeline'] ?? '').trim());
  if (pipeline) return pipeline.stages.some((stage) => stage.actualValue === raw) ? { value: raw } : { error: 'stage-not-in-pipeline' };
  const known = setup.pipelines.some((p) => p.stages.some((stage) => stage.actualValue === raw));
  return known ? { value: raw } : { error: 'not-an-option' };
}
