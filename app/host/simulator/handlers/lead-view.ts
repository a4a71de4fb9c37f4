// A lead as GET /Leads answers it: seed-only keys stripped, `fields` projection, converted/approved filters.
import type { SimRecord } from '../simulated-crm-types';
import { isApproved } from '../convert/lead-state';

const SEED_ONLY_KEYS = ['Attachments', '$visible_to_user'];

export function leadForApi(lead: SimRecord, fields: string | undefined): Record<string, unknown> {
  const copy = structuredClone(lead) as Record<string, unknown>;
  for (const key of SEED_ONLY_KEYS) delete copy[key];
  if (fields === undefined || fields.trim() === '') return copy;
  const wanted = new Set(['id', ...fields.split(',').map((f) => f.trim())]);
  return Object.fromEntries(Object.entries(copy).filter(([key]) => wanted.has(key)));
}

export type FilterParam = 'converted' | 'approved';

/** Checks `converted` (default false) and `approved` (default true); returns the bad param name if invalid. */
export function badFilterParam(params: Record<string, string>): FilterParam | null {
  for (const name of ['converted', 'approved'] as const) {
    const value = params[name];
    if (value !== undefined && !['true', 'false', 'both'].includes(value)) return name;
  }
  return null;
}

export function passesFilters(lead: SimRecord, params: Record<string, string>): boolean {
  const converted = params.converted ?? 'false';
  const approved = params.approved ?? 'true';
  const isConverted = lead.$converted === true;
  const convertedOk = converted === 'both' || (converted === 'true') === isConverted;
  const approvedOk = approved === 'both' || (approved === 'true') === isApproved(lead);
  return convertedOk && approvedOk;
}
