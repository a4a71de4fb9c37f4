// Request-level refusals about the lead itself, shared by conversion options and convert (§2.4, §3.6):
// all root-level with resource_path_index 1.
import type { SimResponse } from '../sim-http';
import type { SimRecord } from '../simulated-crm-types';
import { findById, isVisible } from '../org/org-store';
import type { OrgState } from '../org/org-types';
import { rootError } from '../http/responses';

const AT_LEAD_ID = { resource_path_index: 1 };

export type LeadLookup = { lead: SimRecord; error?: undefined } | { lead?: undefined; error: SimResponse };

export function lookUpLead(org: OrgState, id: string | undefined, message: string): LeadLookup {
  const lead = id !== undefined && /^\d+$/.test(id) ? findById(org.leads, id) : undefined;
  if (!lead || !isVisible(lead)) return { error: rootError(400, 'INVALID_DATA', message, AT_LEAD_ID) };
  return { lead };
}

export function isApproved(lead: SimRecord): boolean {
  return (lead.$approval_state ?? 'approved') === 'approved';
}

/** Why Zoho refuses to work on this lead, or null. `purpose` picks the documented wording. */
export function leadStateError(lead: SimRecord, purpose: 'options' | 'convert'): SimResponse | null {
  // Options on a converted lead are undocumented; answering like convert does is [INFERRED].
  if (lead.$converted === true) return rootError(400, 'ID_ALREADY_CONVERTED', 'id already converted', AT_LEAD_ID);
  if (!isApproved(lead)) {
    const message = purpose === 'options' ? 'record not approved' : 'cannot convert record that is not approved yet';
    return rootError(400, 'NOT_APPROVED', message, AT_LEAD_ID);
  }
  // A pending review ($review set) → NOT_REVIEWED, worded like the inventory-convert analogue [INFERRED].
  if (lead.$review !== null && lead.$review !== undefined) return rootError(400, 'NOT_REVIEWED', 'record in review', AT_LEAD_ID);
  if (lead.$in_merge === true) return rootError(400, 'RECORD_LOCKED', 'record under merge is locked', AT_LEAD_ID);
  // Record locking (Locked__s) refusing conversion is stated by Kaizen 137; the wording is D7-convert's.
  if (lead.Locked__s === true) {
    return rootError(400, 'RECORD_LOCKED', 'You cannot perform this operation as the record is locked.', AT_LEAD_ID);
  }
  return null;
}
