import type { Lead, RecordId } from '../api/crm-host';

export type ReconciledConvert =
  | { converted: true; contactId: RecordId | null; accountId: RecordId | null; dealId: RecordId | null }
  | { converted: false };

/**
 * What a convert whose answer was lost actually did, from the lead read again afterwards.
 * Never convert twice: a converted lead means the earlier request ran (§3.7), whatever we were told.
 */
export function reconcileConvert(leadAfter: Lead): ReconciledConvert {
  if (!leadAfter.converted) return { converted: false };
  const detail = leadAfter.convertedDetail;
  return {
    converted: true,
    contactId: detail?.contactId ?? null,
    accountId: detail?.accountId ?? null,
    dealId: detail?.dealId ?? null,
  };
}
