import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import type { ScoreResult } from '../../../lib/engine';

/**
 * The server's full result. Scoring runs after the submit is accepted, so a 409 `not-scored`
 * means "not yet": asked again every second until the result is there.
 */
export function useResult(id: string | undefined) {
  return useQuery({
    queryKey: ['result', id],
    enabled: !!id,
    queryFn: async () => (await unwrap(api.GET('/api/submissions/{id}/result', { params: { path: { id: id! } } }))) as unknown as ScoreResult,
    retry: (count, error) => error instanceof ApiError && error.status === 409 && count < 60,
    retryDelay: 1000,
  });
}
