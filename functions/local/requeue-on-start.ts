import { GSI7, LEGACY_INDEX_OF } from '../adapters/dynamodb/table-definition.js';
import type { Clock } from '../domain/ports/clock.js';
import { createRequeueSubmitted, type RequeueOutcome } from '../scoring-worker/requeue-submitted.js';
import type { LocalApp } from './local-app.js';

/** What {@link requeueOnStart} found: the outcome, or why it could not look. */
export type StartRequeue = RequeueOutcome | { skipped: string };

/**
 * Locally the queue lives in this process, so at start-up every `submitted` submission is work a
 * previous run accepted (202) and never finished: queue it again, whatever its age. A table
 * created before the index existed cannot answer (`ensureTable` migrates tables with the previous
 * indexes; one older still has none), which is reported rather than stopping the start.
 */
export async function requeueOnStart(local: Pick<LocalApp, 'repos' | 'queue'>, clock: Clock): Promise<StartRequeue> {
  try {
    return await createRequeueSubmitted({ repos: local.repos, queue: local.queue, clock })(0);
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'ValidationException' && /index/i.test(e.message ?? '')) {
      return { skipped: `the table has neither index ${GSI7} nor ${LEGACY_INDEX_OF[GSI7]} (it predates both); delete .data/ or start with --memory to re-create it` };
    }
    throw error;
  }
}
