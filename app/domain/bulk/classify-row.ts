import type { BulkRow } from '../../api/bulk/bulk-types';
import type { ConversionOptions, Lead, RecordId } from '../../api/crm-host';
import { attributeMatches } from '../attribute-matches';
import { leadEligibility } from '../lead-eligibility';

/** A row nothing is known about yet (reading has not reached it). */
export function pendingRow(leadId: RecordId): BulkRow {
  return { leadId, lead: null, options: null, status: 'unreadable', reason: null, attribution: null };
}

/**
 * Classifies a lead once read (product brief "Bulk flow" step 2). `options` undefined = not read yet:
 * the lead alone decides whether it can convert at all (then its options are never asked for).
 * ready = Zoho offers nothing to merge into (create new is safe); needs-review = any match.
 */
export function classifyRow(lead: Lead, options: ConversionOptions | undefined, previousFailure?: string): BulkRow {
  const base = { leadId: lead.id, lead, options: null, attribution: null };
  const eligibility = leadEligibility(lead, options);
  if (!eligibility.eligible) return { ...base, status: 'cannot-convert', reason: { kind: 'ineligible', reason: eligibility.reason } };
  if (options === undefined || !options.available) return { ...base, status: 'unreadable', reason: null };
  const attribution = attributeMatches(lead, options);
  const { contacts, accounts } = options;
  if (contacts.length > 0) return { ...base, options, attribution, status: 'needs-review', reason: { kind: 'contact-match', count: contacts.length } };
  if (accounts.length > 0) return { ...base, options, attribution, status: 'needs-review', reason: { kind: 'account-match', count: accounts.length } };
  if (previousFailure !== undefined) {
    return { ...base, options, attribution, status: 'needs-review', reason: { kind: 'previous-attempt-failed', message: previousFailure } };
  }
  return { ...base, options, attribution, status: 'ready', reason: null };
}

/** Whether reading the row again could succeed. */
export function isRetryableRow(row: BulkRow): boolean {
  if (row.status !== 'unreadable') return false;
  return row.reason === null || (row.reason.kind === 'read-failed' && row.reason.retryable);
}
