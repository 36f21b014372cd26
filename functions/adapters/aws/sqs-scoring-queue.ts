import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { createHash, randomUUID } from 'node:crypto';
import type { ScoringQueue, ScoringRequest } from '../../domain/ports/scoring-queue.js';

/** Thrown when SQS refuses a scoring message; the caller decides whether the request fails. */
export class ScoringQueueError extends Error {
  override readonly name = 'ScoringQueueError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The key that makes two requests "the same work". A submit is identified by submission and
 * revision (a revision is submitted exactly once). A re-score is an administrator's explicit
 * request and may legitimately repeat for one revision (another checklist version), so it gets a
 * fresh key per request: otherwise SQS would silently drop a second re-score within five minutes.
 */
export function scoringDedupKey(request: ScoringRequest, nonce: () => string = () => randomUUID()): string {
  const base = `${request.submissionId}#${request.revision}`;
  return request.reason === 'submitted' ? base : `${base}#rescore#${nonce()}`;
}

/** SQS ids (dedup, group) allow 128 printable ASCII characters; longer ids are hashed. */
export function toSqsId(value: string): string {
  return /^[\x21-\x7e]{1,128}$/.test(value) ? value : createHash('sha256').update(value).digest('hex');
}

/**
 * {@link ScoringQueue} on SQS. On a FIFO queue (URL ending in `.fifo`) the dedup key becomes the
 * `MessageDeduplicationId` (so the SDK's own retry of a send that did arrive is dropped) and the
 * submission id the `MessageGroupId`, so two revisions of one submission are never scored at once.
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
            ? { MessageDeduplicationId: toSqsId(dedupKey), MessageGroupId: toSqsId(request.submissionId) }
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
