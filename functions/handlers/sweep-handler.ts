import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { ScheduledEvent } from 'aws-lambda';
import type { RequeueOutcome } from '../scoring-worker/requeue-submitted.js';

/** The re-queue use case as the handler sees it (`createRequeueSubmitted` from the core). */
export type RequeueSubmitted = (olderThanMs: number) => Promise<RequeueOutcome>;

/**
 * The scoring sweep's Middy entry point, run by an EventBridge schedule: re-queues submissions
 * that have waited in `submitted` for `staleAfterMs` or longer. A send that failed makes the
 * invocation fail (after the others were sent), so it shows in the Lambda's error metric; the
 * next run tries again anyway.
 */
export function createSweepHandler(requeue: RequeueSubmitted, staleAfterMs: number, observe: { logger: Logger; metrics: Metrics }) {
  const { logger, metrics } = observe;
  return middy<ScheduledEvent, RequeueOutcome>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics, { captureColdStartMetric: true }))
    .handler(async () => {
      const outcome = await requeue(staleAfterMs);
      metrics.addMetric('ScoringRequeued', MetricUnit.Count, outcome.requeued.length);
      metrics.addMetric('ScoringRequeueFailed', MetricUnit.Count, outcome.failed.length);
      if (outcome.requeued.length) logger.warn('Re-queued scoring that waited too long', { submissionIds: outcome.requeued, staleAfterMs });
      if (outcome.failed.length) {
        logger.error('Could not re-queue scoring', { failed: outcome.failed });
        throw new Error(`could not re-queue ${outcome.failed.length} submission(s): ${outcome.failed.map((f) => f.id).join(', ')}`);
      }
      return outcome;
    });
}
