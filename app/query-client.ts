import { QueryClient } from '@tanstack/react-query';
import { isCrmError } from './api/crm-error';

const MAX_READ_RETRIES = 2;

/** Reads are retried only when a second try can succeed: never for a Zoho validation answer. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES) return false;
  if (!isCrmError(error)) return false;
  if (error.kind === 'rate-limited' || error.kind === 'timeout' || error.kind === 'network') return true;
  return error.kind === 'zoho' && (error.httpStatus ?? 0) >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        // Inside a CRM popup focus changes constantly; each refetch would spend the org's API credits.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: Infinity,
      },
      mutations: { retry: false },
    },
  });
}
