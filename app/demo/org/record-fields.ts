// Reading Zoho-shaped records (API names as keys) for display.
import type { SimRecord } from '../../host/simulator/simulated-crm-types';

/** A field as text: lookups show their name, lists are joined, empty values are ''. */
export function fieldText(record: SimRecord, apiName: string): string {
  return valueText(record[apiName]);
}

export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const named = value as { name?: unknown; display_value?: unknown; File_Name?: unknown };
    if (typeof named.name === 'string') return named.name;
    if (typeof named.display_value === 'string') return named.display_value;
    if (typeof named.File_Name === 'string') return named.File_Name;
    return JSON.stringify(value);
  }
  return '';
}

export function leadName(lead: SimRecord): string {
  const full = fieldText(lead, 'Full_Name');
  if (full) return full;
  return [fieldText(lead, 'First_Name'), fieldText(lead, 'Last_Name')].filter(Boolean).join(' ') || `Lead ${lead.id}`;
}

export type TagView = { name: string; color: string | null };

export function recordTags(record: SimRecord): TagView[] {
  const tags = record.Tag;
  if (!Array.isArray(tags)) return [];
  return tags
    .map((tag: unknown) => {
      const color = tag && typeof tag === 'object' ? (tag as { color_code?: unknown }).color_code : null;
      return { name: valueText(tag), color: typeof color === 'string' ? color : null };
    })
    .filter((tag) => tag.name !== '');
}

export type LeadStatus = 'converted' | 'locked' | 'merging' | 'unapproved' | 'in-review';

/** Why CRM would refuse to convert a lead, as list-view badges. */
export function leadStatuses(lead: SimRecord): LeadStatus[] {
  const statuses: LeadStatus[] = [];
  if (lead.$converted === true) statuses.push('converted');
  if (lead.Locked__s === true) statuses.push('locked');
  if (lead.$in_merge === true) statuses.push('merging');
  const approval = lead.$approval_state;
  if ((typeof approval === 'string' && approval !== 'approved') || lead.$approved === false) statuses.push('unapproved');
  if (lead.$review !== null && lead.$review !== undefined && lead.$review !== false) statuses.push('in-review');
  return statuses;
}

/** "Lead_Source" → "Lead Source"; Zoho's labels are not in the records, this is close enough for a demo. */
export function fieldLabel(apiName: string): string {
  return apiName.replace(/__s$/, '').replace(/_/g, ' ');
}

/** Fields worth showing on a detail page: no internal $ fields, no ids, no empty values. */
export function displayFields(record: SimRecord): Array<{ apiName: string; text: string }> {
  // Zoho shows First and Last Name; Full_Name is derived from them.
  const hidden = new Set(['id', 'Tag', ...(record.First_Name || record.Last_Name ? ['Full_Name'] : [])]);
  return Object.keys(record)
    .filter((key) => !key.startsWith('$') && !hidden.has(key))
    .filter((apiName) => record[apiName] !== false)
    .map((apiName) => ({ apiName, text: fieldText(record, apiName) }))
    .filter((field) => field.text !== '');
}
