import 'aws-sdk-client-mock-vitest/extend';
import { SendMessageCommand, SQSClient, SQSServiceException } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { ScoringQueueError, SqsScoringQueue } from '../../functions/adapters/aws/sqs-scoring-queue.js';
import type { ScoringRequest } from '../../functions/domain/ports/scoring-queue.js';

const sqs = mockClient(SQSClient);
const FIFO_URL = 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/Dabiao-Scoring.fifo';
const request: ScoringRequest = { submissionId: 'sub-1', revision: 3, requestedBy: 'user-9', reason: 'submitted' };

describe('SqsScoringQueue', () => {
  beforeEach(() => sqs.reset());

  it('sends the request as JSON, deduplicated by submission and revision, grouped by submission', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    await new SqsScoringQueue(new SQSClient({}), FIFO_URL).enqueue(request);

    expect(sqs).toHaveReceivedCommandTimes(SendMessageCommand, 1);
    const input = sqs.commandCalls(SendMessageCommand)[0]!.args[0].input;
    expect(JSON.parse(input.MessageBody!)).toEqual(request);
    expect(input).toMatchObject({
      QueueUrl: FIFO_URL,
      MessageDeduplicationId: 'sub-1#3',
      MessageGroupId: 'sub-1',
      MessageAttributes: { dedupKey: { DataType: 'String', StringValue: 'sub-1#3' } },
    });
  });

  it('deduplicates a repeated submit of one revision, but never an administrator\'s re-scores', async () => {
    sqs.on(SendMessageCommand).resolves({});
    const queue = new SqsScoringQueue(new SQSClient({}), FIFO_URL);
    const rescore: ScoringRequest = { ...request, reason: 'rescore', requestedBy: 'admin-1' };
    await queue.enqueue(request);
    await queue.enqueue(request);
    await queue.enqueue(rescore);
    await queue.enqueue(rescore);
    const ids = sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input.MessageDeduplicationId);
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
    expect(sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input.MessageGroupId)).toEqual(Array(4).fill('sub-1'));
  });

  it('keeps dedup and group ids within what SQS accepts for the longest submission ids', async () => {
    sqs.on(SendMessageCommand).resolves({});
    const longId = `${'r'.repeat(80)}.${'i'.repeat(80)}.expert`;
    await new SqsScoringQueue(new SQSClient({}), FIFO_URL).enqueue({ ...request, submissionId: longId });
    const input = sqs.commandCalls(SendMessageCommand)[0]!.args[0].input;
    for (const id of [input.MessageDeduplicationId!, input.MessageGroupId!]) expect(id).toMatch(/^[\x21-\x7e]{1,128}$/);
    expect(JSON.parse(input.MessageBody!).submissionId).toBe(longId);
  });

  it('leaves the FIFO-only fields off a standard queue, which would reject them', async () => {
    sqs.on(SendMessageCommand).resolves({});
    await new SqsScoringQueue(new SQSClient({}), 'https://sqs.us-east-1.amazonaws.com/1/scoring').enqueue(request);
    const input = sqs.commandCalls(SendMessageCommand)[0]!.args[0].input;
    expect(input.MessageDeduplicationId).toBeUndefined();
    expect(input.MessageGroupId).toBeUndefined();
    expect(input.MessageAttributes?.dedupKey?.StringValue).toBe('sub-1#3');
  });

  it('surfaces a send failure as ScoringQueueError carrying the SDK error', async () => {
    const denied = new SQSServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'not authorized to perform sqs:SendMessage',
    });
    sqs.on(SendMessageCommand).rejects(denied);
    const failure = new SqsScoringQueue(new SQSClient({}), FIFO_URL).enqueue(request);
    await expect(failure).rejects.toBeInstanceOf(ScoringQueueError);
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining('sub-1'), cause: denied });
  });
});
