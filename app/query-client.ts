import { QueryClient } from '@tanstack/react-query';
import { readRetryDelay, shouldRetryRead } from './api/read-retry-policy';

export { shouldRetryRead } from './api/read-retry-policy';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
        // Inside a CRM popup focus changes constantly; each refetch would spend the org's API credits.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: Infinity,
      },
      // Convert and mass convert are never retried blindly: each mutation states its own policy.
      mutations: { retry: false },
    },
  });
}
