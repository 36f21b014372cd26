import { onlineManager, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * Server state lives here and nowhere else. Client mistakes (4xx) are not retried: asking again
 * cannot fix them; network failures and 5xx are, with backoff. Offline, a read is still tried once (`offlineFirst`):
 * the service worker may answer it from what it kept; only the retries wait for the network (the
 * query is then `paused`, which pages say rather than spin).
 */
export function createQueryClient(): QueryClient {
  // TanStack Query takes the device to be online until an `offline` event: a page opened (or
  // reloaded) offline would retry its reads three times and then fail. Starting from what the
  // browser knows, they wait for the network instead, and resume by themselves once it is back.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) onlineManager.setOnline(false);
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
