// Which existing Contacts/Accounts resemble a lead (§2.5 + Kaizen 137):
// unique fields first (in field order), then Email (Contacts) / Account_Name vs Company (Accounts),
// and lead name vs contact name only when Contacts has no unique field. Results are the union of all criteria.
import type { SimRecord } from '../simulated-crm-types';
import { leadFieldFor } from '../org/field-mapping';
import { isVisible, text } from '../org/org-store';
import type { FieldDef, OrgState } from '../org/org-types';
import { sameValue } from './normalize';

export type MatchModule = 'Contacts' | 'Accounts';

export type FieldMatchEntry = {
  field: { api_name: string; id: string };
  matched_lead_value: string;
  strength: number;
  /** false when only records hidden from the caller carry the value. */
  backedByVisible: boolean;
};

export type ModuleMatches = { records: SimRecord[]; fieldMatches: FieldMatchEntry[] };
export type LeadMatches = Record<MatchModule, ModuleMatches>;

/** Evidence strength, used for module_preference: a unique field beats Email beats company name beats person name. */
export const STRENGTH = { unique: 3, email: 2, accountName: 1, name: 0 } as const;

const MAX_CANDIDATES = 100;

type Criterion = { field: FieldDef; leadValue: string; strength: number };

function criteriaFor(org: OrgState, lead: SimRecord, module: MatchModule): Criterion[] {
  const defs = org.fields[module];
  const unique = defs.filter((f) => f.unique === true);
  const chosen: { field: FieldDef; leadField: string; strength: number }[] = unique.map((field) => ({
    field,
    leadField: leadFieldFor(module, field.api_name),
    strength: STRENGTH.unique,
  }));
  const add = (apiName: string, leadField: string, strength: number) => {
    const field = defs.find((f) => f.api_name === apiName);
    if (field && !chosen.some((c) => c.field.api_name === apiName)) chosen.push({ field, leadField, strength });
  };
  if (module === 'Contacts') {
    add('Email', 'Email', STRENGTH.email);
    if (unique.length === 0) add('Full_Name', 'Full_Name', STRENGTH.name);
  } else {
    add('Account_Name', 'Company', STRENGTH.accountName);
  }
  return chosen.flatMap(({ field, leadField, strength }) => {
    const leadValue = text(lead, leadField);
    return leadValue === null ? [] : [{ field, leadValue, strength }];
  });
}

function matchModule(org: OrgState, lead: SimRecord, module: MatchModule): ModuleMatches {
  const records = module === 'Contacts' ? org.contacts : org.accounts;
  const found = new Map<string, SimRecord>();
  const fieldMatches: FieldMatchEntry[] = [];
  for (const { field, leadValue, strength } of criteriaFor(org, lead, module)) {
    const hits = records.filter((record) => sameValue(record[field.api_name], leadValue, field.data_type));
    if (hits.length === 0) continue;
    const visible = hits.filter(isVisible);
    for (const record of visible) found.set(record.id, record);
    fieldMatches.push({ field: { api_name: field.api_name, id: field.id }, matched_lead_value: leadValue, strength, backedByVisible: visible.length > 0 });
  }
  // The Kaizen 137 sample lists the Accounts Phone match (held only by a record the user cannot see)
  // after the Account_Name match, although Phone is the unique field: matches backed by a returned
  // candidate come first, hidden-only ones last [INFERRED].
  fieldMatches.sort((a, b) => Number(b.backedByVisible) - Number(a.backedByVisible));
  // The sample lists contact 4876876000007437017 before 4876876000007421001: newest (highest id) first [INFERRED].
  const sorted = [...found.values()].sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1)).slice(0, MAX_CANDIDATES);
  return { records: sorted, fieldMatches };
}

export function findMatches(org: OrgState, lead: SimRecord): LeadMatches {
  const none: ModuleMatches = { records: [], fieldMatches: [] };
  return {
    Contacts: matchModule(org, lead, 'Contacts'),
    Accounts: org.flags.accountsModuleAvailable ? matchModule(org, lead, 'Accounts') : none,
  };
}

/** The module whose strongest match is strongest; Contacts wins a tie (§2.5: "Contacts then Accounts"). */
export function modulePreference(matches: LeadMatches): MatchModule | null {
  const best = (m: ModuleMatches) => Math.max(-1, ...m.fieldMatches.map((f) => f.strength));
  const contacts = best(matches.Contacts);
  const accounts = best(matches.Accounts);
  if (contacts < 0 && accounts < 0) return null;
  return contacts >= accounts ? 'Contacts' : 'Accounts';
}
