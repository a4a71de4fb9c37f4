// The live org: a deep copy of a seed plus lookups the handlers share.
import type { SimRecord } from '../simulated-crm-types';
import { DEFAULT_FLAGS, type OrgSeed, type OrgState } from './org-types';

export function createOrgState(seed: OrgSeed): OrgState {
  const copy = structuredClone(seed);
  return { ...copy, notes: copy.notes ?? [], flags: { ...DEFAULT_FLAGS, ...copy.flags } };
}

export function allRecordIds(org: OrgState): string[] {
  return [...org.leads, ...org.contacts, ...org.accounts, ...org.deals, ...org.users].map((r) => r.id);
}

export function findById(records: readonly SimRecord[], id: string): SimRecord | undefined {
  return records.find((r) => r.id === id);
}

/** Records a seed marks `$visible_to_user: false` exist (uniqueness sees them) but the caller cannot read them. */
export function isVisible(record: SimRecord): boolean {
  return record.$visible_to_user !== false;
}

export function currentUser(org: OrgState): SimRecord | undefined {
  return findById(org.users, org.currentUserId);
}

export function userRef(user: SimRecord): { name: unknown; id: string; email: unknown } {
  return { name: user.full_name, id: user.id, email: user.email ?? null };
}

export function text(record: SimRecord | undefined, key: string): string | null {
  const value = record?.[key];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
