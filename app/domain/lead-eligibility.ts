import type { ConversionOptions, Lead } from '../api/crm-host';

export type IneligibleReason = 'converted' | 'not-approved' | 'locked' | 'in-merge' | 'no-contacts-module';
export type LeadEligibility = { eligible: true } | { eligible: false; reason: IneligibleReason };

/**
 * Whether the convert button may be offered (product brief, single flow step 2).
 * The order follows the API's own checks (§3.8): already converted before approval and locks.
 * `options` undefined = not loaded yet: decide from the lead alone.
 */
export function leadEligibility(lead: Lead, options: ConversionOptions | undefined): LeadEligibility {
  if (lead.converted) return { eligible: false, reason: 'converted' };
  if (lead.approvalState !== 'approved') return { eligible: false, reason: 'not-approved' };
  if (lead.inMerge) return { eligible: false, reason: 'in-merge' };
  if (lead.locked) return { eligible: false, reason: 'locked' };
  // Kaizen 137: "If the Contacts module is removed from organize modules … the Lead Conversion Options API will return a 204."
  if (options?.available === false) return { eligible: false, reason: 'no-contacts-module' };
  return { eligible: true };
}
