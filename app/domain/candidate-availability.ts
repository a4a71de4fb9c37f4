import type { AccountCandidate, ContactCandidate } from '../api/crm-host';
import type { DisabledReason } from './conversion-model';

/**
 * Why Zoho would refuse to associate the lead with this candidate, or null when it can be chosen.
 * Kaizen 137: "Associating Leads with locked Contacts or Accounts is not possible"; the convert API also needs
 * to update the record (so $editable) and refuses records that are not approved.
 */
export function candidateDisabledReason(candidate: ContactCandidate | AccountCandidate): DisabledReason | null {
  if (candidate.locked) return 'locked';
  // A contact brings its account along (effective-resolution), so that account's lock blocks the contact too.
  if ('account' in candidate && candidate.account?.locked === true) return 'account-locked';
  if (!candidate.editable) return 'not-editable';
  if (candidate.approvalState !== 'approved') return 'not-approved';
  return null;
}
