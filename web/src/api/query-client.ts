import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * Server state lives here and nowhere else. Client mistakes (4xx) are not retried: asking again
 * cannot fix them; network failures and 5xx are, with backoff.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 3,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
