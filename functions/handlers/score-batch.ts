import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import * as v from 'valibot';
import type { ScoringRequest } from '../domain/ports/scoring-queue.js';

/** The scoring use case as the handler sees it (`createScoreSubmission` from the core). */
export type ScoreSubmission = (request: ScoringRequest) => Promise<{ outcome: 'scored' | 'already-scored' | 'skipped' }>;

const ScoringRequestSchema = v.object({
  submissionId: v.pipe(v.string(), v.minLength(1)),
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  requestedBy: v.pipe(v.string(), v.minLength(1)),
  reason: v.picklist(['submitted', 'rescore']),
});

/** Reads a queue message body; `undefined` for a body no retry could ever make valid. */
export function parseScoringRequest(body: string): ScoringRequest | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(ScoringRequestSchema, json);
  return parsed.success ? parsed.output : undefined;
}

/**
 * Scores one SQS batch and returns the ids of the messages that must be retried, so one poison
 * message never makes SQS redeliver the ones that succeeded. Scoring only writes a result (never
 * the submission), so a failed message leaves the submission as submitted and safe to retry;
 * after the queue's maxReceiveCount it waits in the dead-letter queue for a re-score.
 *
 * On a FIFO queue, once a message of a group fails every later message of that group in the
 * batch is returned unprocessed too: SQS requires it to keep the group's order.
 */
export async function scoreBatch(
  records: SQSRecord[],
  score: ScoreSubmission,
  observe: { logger: Logger; metrics: Metrics },
): Promise<SQSBatchResponse> {
  const { logger, metrics } = observe;
  const failed: string[] = [];
  const failedGroups = new Set<string>();
  for (const record of records) {
    const group = record.attributes.MessageGroupId;
    if (group !== undefined && failedGroups.has(group)) {
      failed.push(record.messageId);
      continue;
    }
    const request = parseScoringRequest(record.body);
    if (!request) {
      // Malformed: retrying cannot help, but failing it parks it in the DLQ where the alarm shows it.
      logger.error('Malformed scoring message', { messageId: record.messageId });
      metrics.addMetric('ScoringMessageMalformed', MetricUnit.Count, 1);
      markFailed(record, failed, failedGroups);
      continue;
    }
    const ids = { messageId: record.messageId, submissionId: request.submissionId, revision: request.revision };
    try {
      const { outcome } = await score(request);
      logger.info('Scoring finished', { ...ids, outcome, reason: request.reason });
      metrics.addMetric(outcomeMetric[outcome], MetricUnit.Count, 1);
    } catch (error) {
      logger.error('Scoring failed; the message will be retried', { ...ids, error });
      metrics.addMetric('ScoringFailed', MetricUnit.Count, 1);
      markFailed(record, failed, failedGroups);
    }
  }
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
}

const outcomeMetric = {
  scored: 'SubmissionScored',
  'already-scored': 'SubmissionAlreadyScored',
  skipped: 'SubmissionScoringSkipped',
} as const;

function markFailed(record: SQSRecord, failed: string[], failedGroups: Set<string>): void {
  failed.push(record.messageId);
  const group = record.attributes.MessageGroupId;
  if (group !== undefined) failedGroups.add(group);
}
