import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ScoringQueue, ScoringRequest } from '../../domain/ports/scoring-queue.js';

/** Thrown when SQS refuses a scoring message; the caller decides whether the request fails. */
export class ScoringQueueError extends Error {
  override readonly name = 'ScoringQueueError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The key that makes two requests "the same work": one revision of one submission for one reason.
 * The reason is part of it so an administrator's re-score is never swallowed by the deduplication
 * window of the original submit.
 */
export function scoringDedupKey(request: ScoringRequest): string {
  return `${request.submissionId}#${request.revision}#${request.reason}`;
}

/**
 * {@link ScoringQueue} on SQS. On a FIFO queue (URL ending in `.fifo`) the dedup key becomes the
 * `MessageDeduplicationId` and the submission id the `MessageGroupId`, so SQS drops a double
 * submit within its five-minute window and never scores two revisions of one submission at once.
 * The key is also sent as a message attribute so the scorer can log it; the scoring use case stays
 * idempotent on its own, which is what actually guarantees one result per revision.
 */
export class SqsScoringQueue implements ScoringQueue {
  private readonly fifo: boolean;

  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {
    this.fifo = queueUrl.endsWith('.fifo');
  }

  async enqueue(request: ScoringRequest): Promise<void> {
    const dedupKey = scoringDedupKey(request);
    const body: ScoringRequest = {
      submissionId: request.submissionId,
      revision: request.revision,
      requestedBy: request.requestedBy,
      reason: request.reason,
    };
    try {
      await this.client.send(
        new SendMessageCommand({
          QueueUrl: this.queueUrl,
          MessageBody: JSON.stringify(body),
          MessageAttributes: {
            dedupKey: { DataType: 'String', StringValue: dedupKey },
            reason: { DataType: 'String', StringValue: request.reason },
          },
          ...(this.fifo
            ? { MessageDeduplicationId: dedupKey, MessageGroupId: request.submissionId }
            : {}),
        }),
      );
    } catch (error) {
      throw new ScoringQueueError(
        `could not enqueue scoring of submission ${request.submissionId} revision ${request.revision}`,
        { cause: error },
      );
    }
  }
}
