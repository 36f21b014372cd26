import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { scoreBatch, type ScoreSubmission } from './score-batch.js';

/**
 * The scorer's Middy entry point: one SQS batch in, the ids of the messages to retry out (the
 * event source mapping has `reportBatchItemFailures` on).
 */
export function createScorerHandler(score: ScoreSubmission, observe: { logger: Logger; metrics: Metrics }) {
  return middy<SQSEvent, SQSBatchResponse>()
    .use(injectLambdaContext(observe.logger, { resetKeys: true }))
    .use(logMetrics(observe.metrics, { captureColdStartMetric: true }))
    .handler((event) => scoreBatch(event.Records, score, observe));
}
