import { useMutation } from '@tanstack/react-query';
import type { RecordId } from './crm-host';
import { readRetryDelay, shouldRetryRead } from './read-retry-policy';
import { useCrmHost } from './crm-host-context';

/**
 * Reads the lead straight from Zoho, past the cache, to learn what a convert whose answer was lost
 * actually did. Deliberately not written into the cache: the screen decides what to show from it.
 */
export function useRereadLead(leadId: RecordId) {
  const host = useCrmHost();
  return useMutation({
    mutationKey: ['leads', 'reread', leadId],
    mutationFn: () => host.getLead(leadId),
    // Same policy as every read: a 4xx or an unreadable answer is not asked again.
    retry: shouldRetryRead,
    retryDelay: readRetryDelay,
  });
}
