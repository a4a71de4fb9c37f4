import type { LeadConverter } from '../api/crm-host';
import type { ConversionContext } from './conversion-model';
import type { ConvertErrorExplanation, ConvertErrorSection } from './explain-convert-error';
import { STANDARD_DEAL_FIELDS } from './deal-setup';

export type ErrorField = { apiName: string; section: ConvertErrorSection };

/**
 * The control a Zoho error points at, from details.api_name / json_path (§1.3).
 * Deals errors come as `$.data[0].Deals.X` or, in Zoho's own MAPPING_MISMATCH example, `$.data[0].Stage` (open question 5).
 */
export function errorField(details: Record<string, unknown>, context: ConversionContext, converter: LeadConverter): ErrorField | null {
  const apiName = typeof details['api_name'] === 'string' ? details['api_name'] : null;
  const path = typeof details['json_path'] === 'string' ? details['json_path'] : '';
  const segments = path.replace(/^\$\.data\[\d+\]\.?/, '').split('.').filter((segment) => segment !== '');
  const [head, second] = segments;

  if (head === 'Deals') return { apiName: second ?? apiName ?? 'Deals', section: 'deal' };
  if (head === 'assign_to' || head === 'Owner' || apiName === 'Owner' || apiName === 'assign_to') return { apiName: 'assign_to', section: 'owner' };
  if (head === 'Contacts' || (!head && apiName === 'Contacts')) return { apiName: second ?? apiName ?? 'Contacts', section: 'contact' };
  if (head === 'Accounts' || (!head && apiName === 'Accounts')) return { apiName: second ?? apiName ?? 'Accounts', section: 'account' };
  if (head === 'carry_over_tags' || apiName === 'carry_over_tags') return { apiName: 'carry_over_tags', section: 'tags' };
  if (head === 'move_attachments_to' || apiName === 'move_attachments_to') return { apiName: 'move_attachments_to', section: 'attachments' };

  const name = head ?? apiName;
  if (name && isDealField(name, context, converter)) return { apiName: name, section: 'deal' };
  return null;
}

function isDealField(apiName: string, context: ConversionContext, converter: LeadConverter): boolean {
  return STANDARD_DEAL_FIELDS.includes(apiName) ||
    (converter.Deals !== undefined && Object.hasOwn(converter.Deals, apiName)) ||
    (context.dealSetup?.fields.some((field) => field.apiName === apiName) ?? false);
}

/** DUPLICATE_DATA details (shape [INFERRED] from the record-create analogue, §3.6): the record that already holds the value. */
export function duplicateOf(details: Record<string, unknown>): ConvertErrorExplanation['duplicate'] {
  const record = asRecord(details['duplicate_record']);
  const id = record?.['id'];
  // The id may become the contact or account of the next convert request, so only a Zoho id (digits) counts.
  if (typeof id !== 'string' || !/^[0-9]{1,20}$/.test(id)) return null;
  const moduleName = asRecord(record?.['module'])?.['api_name'];
  const path = typeof details['json_path'] === 'string' ? details['json_path'] : '';
  const module = moduleName === 'Accounts' || moduleName === 'Contacts' ? moduleName : path.includes('.Accounts') ? 'Accounts' : path.includes('.Contacts') ? 'Contacts' : null;
  if (module === null) return null;
  const ownerName = asRecord(record?.['Owner'])?.['name'];
  return { module, id, ownerName: typeof ownerName === 'string' ? ownerName : null };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
