// DUPLICATE_DATA: a new record would repeat a value of a unique field that another record already holds
// (hidden records count: uniqueness is org-wide). Details follow the record-create analogue [INFERRED].
import type { SimRecord } from '../simulated-crm-types';
import { zohoError, type ZohoError } from '../http/responses';
import { sameValue } from '../matching/normalize';
import { findById } from '../org/org-store';
import type { JsonObject, OrgState } from '../org/org-types';

export function duplicateProblem(org: OrgState, module: 'Contacts' | 'Accounts', values: JsonObject, exceptId?: string): ZohoError | null {
  const records = module === 'Contacts' ? org.contacts : org.accounts;
  for (const field of org.fields[module].filter((f) => f.unique === true)) {
    const value = values[field.api_name];
    const holders = records.filter((r) => r.id !== exceptId && sameValue(r[field.api_name], value, field.data_type));
    const first = holders[0];
    if (!first) continue;
    return zohoError('DUPLICATE_DATA', 'duplicate data', {
      api_name: field.api_name,
      json_path: `$.data[0].${module}.${field.api_name}`,
      duplicate_record: { Owner: ownerOf(org, first), module: { api_name: module, id: org.moduleIds[module] }, id: first.id },
      more_records: holders.length > 1,
    });
  }
  return null;
}

function ownerOf(org: OrgState, record: SimRecord): { name: unknown; id: unknown; zuid: unknown } {
  const owner = record.Owner as { name?: string; id?: string } | undefined;
  const user = owner?.id ? findById(org.users, owner.id) : undefined;
  return { name: owner?.name ?? null, id: owner?.id ?? null, zuid: user?.zuid ?? null };
}

/** Drops values that would clash with another record's unique field (used when overwriting an existing record). */
export function withoutClashes(org: OrgState, module: 'Contacts' | 'Accounts', values: JsonObject, recordId: string): JsonObject {
  const records = module === 'Contacts' ? org.contacts : org.accounts;
  const safe = { ...values };
  for (const field of org.fields[module].filter((f) => f.unique === true)) {
    if (records.some((r) => r.id !== recordId && sameValue(r[field.api_name], safe[field.api_name], field.data_type))) {
      delete safe[field.api_name];
    }
  }
  return safe;
}

export function existing(org: OrgState, module: 'Contacts' | 'Accounts', id: string | undefined): SimRecord | undefined {
  return id === undefined ? undefined : findById(module === 'Contacts' ? org.contacts : org.accounts, id);
}
