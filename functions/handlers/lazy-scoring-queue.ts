import type { ScoringQueue } from '../domain/ports/scoring-queue.js';
import { loadOnce } from '../load-once.js';

/**
 * A scoring queue built on first use. The SQS client is only needed when a submission is
 * submitted or re-scored: loading it lazily keeps it (and its XML protocol code) out of every
 * API cold start. A failed load is retried on the next call rather than cached.
 */
export function lazyScoringQueue(load: () => Promise<ScoringQueue>): ScoringQueue {
  const queue = loadOnce(load);
  return { enqueue: async (request) => (await queue()).enqueue(request) };
}
