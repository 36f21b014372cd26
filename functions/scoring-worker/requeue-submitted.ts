import type { Clock } from '../domain/ports/clock.js';
import type { Repositories } from '../domain/ports/repositories.js';
import type { ScoringQueue } from '../domain/ports/scoring-queue.js';

/** What {@link createRequeueSubmitted} needs. */
export interface RequeueSubmittedDeps {
  repos: Pick<Repositories, 'submissions'>;
  queue: ScoringQueue;
  clock: Clock;
}

/** Who asked, as the scorer records it in the audit trail (`scorer:<requestedBy>`). */
export const REQUEUE_REQUESTER = 'system:requeue';

/** What one re-queue pass did. */
export interface RequeueOutcome {
  requeued: string[];
  failed: { id: string; error: string }[];
}

/**
 * Finds submissions that have waited in `submitted` for at least `olderThanMs` and queues their
 * scoring again: the request may have been lost (the process died between the 202 and scoring,
 * or the queue refused it and nobody submitted again). The message is the one a submit sends
 * (same submission, revision and reason), so the scorer's own idempotence applies: a revision
 * already scored is left alone, and on SQS FIFO a copy within five minutes of the original is
 * dropped by its deduplication id. One failed enqueue does not stop the others.
 */
export function createRequeueSubmitted(deps: RequeueSubmittedDeps): (olderThanMs: number) => Promise<RequeueOutcome> {
  return async (olderThanMs) => {
    const cutoff = new Date(deps.clock.now().getTime() - olderThanMs).toISOString();
    const outcome: RequeueOutcome = { requeued: [], failed: [] };
    for (const s of await deps.repos.submissions.listSubmittedBefore(cutoff)) {
      // The index lags the table: skip anything the index still lists but is no longer waiting.
      if (s.status !== 'submitted') continue;
      try {
        await deps.queue.enqueue({ submissionId: s.id, revision: s.revision, requestedBy: REQUEUE_REQUESTER, reason: 'submitted' });
        outcome.requeued.push(s.id);
      } catch (error) {
        outcome.failed.push({ id: s.id, error: String(error) });
      }
    }
    return outcome;
  };
}
