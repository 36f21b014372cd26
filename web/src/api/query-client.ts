import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * Server state lives here and nowhere else. Client mistakes (4xx) are not retried: asking again
 * cannot fix them; network failures and 5xx are, with backoff. Offline, a read is still tried once (`offlineFirst`):
 * the service worker may answer it from what it kept; only the retries wait for the network (the
 * query is then `paused`, which pages say rather than spin).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        networkMode: 'offlineFirst',
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 3,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
