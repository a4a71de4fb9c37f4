// Where the lead and an existing record disagree, field by field, over the conversion mapping.
import type { FieldMatch, RecordModule, RecordUpdate } from '../../api/crm-host';
import { displayValue, fieldLabel, valuesMatch } from '../match-values';
import { MERGE_FIELDS } from './merge-fields';

export type MergeRowKind = 'differs' | 'fills-empty';

export type MergeRow = {
  /** The record's API name (what the update writes). */
  field: string;
  /** A readable name for the field ("Mailing_City" → "Mailing city"). */
  label: string;
  leadField: string;
  /** As shown; the update sends `leadRaw`. */
  leadValue: string;
  recordValue: string | null;
  leadRaw: string | number | boolean;
  kind: MergeRowKind;
  /**
   * Zoho matched the lead's value for this field on another record of the module (the value is that record's):
   * writing it here would duplicate it, and Zoho refuses the update when the field is unique.
   */
  heldElsewhere: boolean;
};

/**
 * Rows only for fields the lead has a value for; equal values (ignoring case, spaces and phone formatting)
 * are not rows. A field absent from the record is treated as empty: a read with `fields=` or an older layout
 * may omit keys, and then filling it is the rep's choice [INFERRED]. `matchedOn`: what Zoho matched in this
 * module (preference_field_matched_value); a row whose lead value is among them, since this record does not
 * carry it, belongs to another record.
 */
export function diffRecord(module: RecordModule, lead: Record<string, unknown>, record: Record<string, unknown>, matchedOn: readonly FieldMatch[] = []): MergeRow[] {
  return MERGE_FIELDS[module].flatMap(({ leadField, field }) => {
    const raw = lead[leadField];
    const leadValue = displayValue(raw);
    if (leadValue === null || !isScalar(raw)) return [];
    const recordValue = displayValue(record[field]);
    if (recordValue !== null && valuesMatch(field, leadValue, recordValue)) return [];
    const heldElsewhere = matchedOn.some((match) => (match.apiName === leadField || match.apiName === field) && valuesMatch(field, match.value, leadValue));
    return [{ field, label: fieldLabel(field), leadField, leadValue, recordValue, leadRaw: raw, kind: recordValue === null ? 'fills-empty' : 'differs', heldElsewhere }];
  });
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Which side wins a field: the existing record's value (keep) or the lead's. */
export type MergePick = 'keep' | 'lead';

/**
 * Default: keep what the record has, fill only its empty fields (the brief's rule), but never with a value
 * another record holds (the Kaizen org: the account's empty Phone, which a hidden account has, is unique).
 */
export function defaultPick(row: MergeRow): MergePick {
  return row.kind === 'fills-empty' && !row.heldElsewhere ? 'lead' : 'keep';
}

export function pickOf(row: MergeRow, picks: Readonly<Record<string, MergePick>> | undefined): MergePick {
  return picks?.[row.field] ?? defaultPick(row);
}

/** The rows whose lead value will be written. */
export function chosenRows(rows: readonly MergeRow[], picks: Readonly<Record<string, MergePick>> | undefined): MergeRow[] {
  return rows.filter((row) => pickOf(row, picks) === 'lead');
}

/** The body of the one update call, or null when nothing changes. */
export function buildUpdate(rows: readonly MergeRow[], picks: Readonly<Record<string, MergePick>> | undefined): RecordUpdate | null {
  const chosen = chosenRows(rows, picks);
  if (chosen.length === 0) return null;
  return Object.fromEntries(chosen.map((row) => [row.field, row.leadRaw]));
}
