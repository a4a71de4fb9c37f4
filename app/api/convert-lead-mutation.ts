import { useMutation } from '@tanstack/react-query';
import { isCrmError } from './crm-error';
import type { LeadConverter, RecordId } from './crm-host';
import { useCrmHost } from './crm-host-context';

/** 429 means Zoho did not execute the conversion, so it is safe to send again after these pauses. */
export const CONVERT_RETRY_DELAYS_MS = [2000, 4000, 8000] as const;

const LONGEST_PAUSE_MS = 8000;

export function isRateLimited(error: unknown): boolean {
  return isCrmError(error) && error.kind === 'rate-limited';
}

/** The pause before the next automatic attempt, given how many attempts already failed (1 = the first). */
export function convertRetryDelay(failureCount: number): number {
  return CONVERT_RETRY_DELAYS_MS[Math.max(0, failureCount - 1)] ?? LONGEST_PAUSE_MS;
}

/** Every convert of one lead shares this key, so a re-mounted screen finds a convert still running or done. */
export function convertMutationKey(leadId: RecordId) {
  return ['leads', 'convert', leadId] as const;
}

/** False only when the failure proves the convert did not run (a 429, a validation refusal). */
export function mayHaveConverted(error: unknown): boolean {
  return !isCrmError(error) || error.mayHaveExecuted;
}

/**
 * POST /Leads/{id}/actions/convert. Only a 429 is retried: any other failure may have committed
 * (timeout, lost answer, 5xx) and is reconciled by reading the lead again, never by converting twice.
 */
export function useConvertLead(leadId: RecordId) {
  const host = useCrmHost();
  return useMutation({
    mutationKey: convertMutationKey(leadId),
    mutationFn: (converter: LeadConverter) => host.convertLead(leadId, converter),
    retry: (failureCount, error) => isRateLimited(error) && failureCount < CONVERT_RETRY_DELAYS_MS.length,
    retryDelay: (failureCount) => convertRetryDelay(failureCount + 1),
  });
}
