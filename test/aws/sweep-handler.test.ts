import 'aws-sdk-client-mock-vitest/extend';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { SendMessageCommand, SQSClient, SQSServiceException } from '@aws-sdk/client-sqs';
import { BatchGetCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ScheduledEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SqsScoringQueue } from '../../functions/adapters/aws/sqs-scoring-queue.js';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { createRepositories } from '../../functions/adapters/dynamodb/create-repositories.js';
import type { Submission } from '../../functions/domain/model/submission.js';
import { createSweepHandler } from '../../functions/handlers/sweep-handler.js';
import { createRequeueSubmitted } from '../../functions/scoring-worker/requeue-submitted.js';
import { lambdaContext } from './lambda-fixtures.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const QUEUE_URL = 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/Dabiao-Scoring.fifo';
const NOW = new Date('2026-03-01T08:00:00.000Z');
const FIFTEEN_MINUTES = 15 * 60_000;

const submission = (id: string, revision: number, submittedAt: string, status: Submission['status'] = 'submitted'): Submission => ({
  id,
  roundId: 'r1',
  institutionId: id.split('.')[1]!,
  kind: 'self',
  checklistId: 'c1',
  checklistVersion: 1,
  status,
  revision,
  version: 3,
  context: {},
  answers: {},
  evidence: {},
  comments: [],
  createdBy: 'u',
  createdAt: '2026-03-01T07:00:00.000Z',
  updatedAt: submittedAt,
  submittedAt,
  audit: [],
});
/** What gsi7 (KEYS_ONLY) lists for a submission: its keys; the item itself is read by key. */
const item = (s: Submission) => ({ pk: `SUB#${s.id}`, sk: 'SUB', gsi3pk: 'SUBMITTED', gsi3sk: `${s.submittedAt}#${s.id}` });
/** The table's answer to BatchGetItem: every submission listed, as stored (JSON in `body`). */
function stored(...submissions: Submission[]) {
  dynamo.on(BatchGetCommand).callsFake((input: { RequestItems: Record<string, { Keys: { pk: string }[] }> }) => ({
    Responses: { dabiao: input.RequestItems.dabiao!.Keys.map((k) => submissions.find((s) => `SUB#${s.id}` === k.pk)).filter((s) => s !== undefined).map((s) => ({ pk: `SUB#${s.id}`, sk: 'SUB', body: JSON.stringify(s) })) },
  }));
}
const event = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} } as unknown as ScheduledEvent;

/** The sweep as the Lambda entry point wires it, on mocked DynamoDB and SQS clients. */
function sweep() {
  const requeue = createRequeueSubmitted({
    repos: createRepositories(createDocumentClient({ endpoint: 'http://dynamodb.test' }), 'dabiao'),
    queue: new SqsScoringQueue(new SQSClient({ region: 'cn-north-1' }), QUEUE_URL),
    clock: { now: () => NOW },
  });
  const observe = { logger: new Logger({ serviceName: 'sweep-test', logLevel: 'SILENT' }), metrics: new Metrics({ namespace: 'DabiaoTest', serviceName: 'sweep-test' }) };
  return createSweepHandler(requeue, FIFTEEN_MINUTES, observe);
}

describe('scoring sweep handler', () => {
  beforeEach(() => {
    dynamo.reset();
    sqs.reset();
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('queries the sparse index for submissions waiting 15 minutes or more (never a Scan) and re-sends their submit message', async () => {
    const [a, b] = [submission('r1.inst-a.self', 2, '2026-03-01T07:30:00.000Z'), submission('r1.inst-b.self', 1, '2026-03-01T07:44:00.000Z')];
    dynamo.on(QueryCommand).resolvesOnce({ Items: [item(a)], LastEvaluatedKey: { pk: 'next' } }).resolvesOnce({ Items: [item(b)] });
    stored(a, b);
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm' });

    const outcome = await sweep()(event, lambdaContext('sweep'));

    expect(outcome).toEqual({ requeued: ['r1.inst-a.self', 'r1.inst-b.self'], failed: [] });
    const query = dynamo.commandCalls(QueryCommand)[0]!.args[0].input;
    expect(query).toMatchObject({
      TableName: 'dabiao',
      IndexName: 'gsi7',
      KeyConditionExpression: '#pk = :pk AND #sk < :sk',
      ExpressionAttributeNames: { '#pk': 'gsi3pk', '#sk': 'gsi3sk' },
      ExpressionAttributeValues: { ':pk': 'SUBMITTED', ':sk': '2026-03-01T07:45:00.000Z#\uffff' },
    });
    // Both pages' keys, read whole in one BatchGetItem.
    expect(dynamo.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems!.dabiao!.Keys)).toEqual([[{ pk: 'SUB#r1.inst-a.self', sk: 'SUB' }, { pk: 'SUB#r1.inst-b.self', sk: 'SUB' }]]);
    expect(dynamo.commandCalls(QueryCommand)[1]!.args[0].input.ExclusiveStartKey).toEqual({ pk: 'next' });
    // The same message a submit sends: the FIFO dedup id and the scorer's per-revision idempotence both apply.
    const sent = sqs.commandCalls(SendMessageCommand).map((c) => c.args[0].input);
    expect(sent.map((m) => [JSON.parse(m.MessageBody!), m.MessageDeduplicationId, m.MessageGroupId])).toEqual([
      [{ submissionId: 'r1.inst-a.self', revision: 2, requestedBy: 'system:requeue', reason: 'submitted' }, 'r1.inst-a.self#2', 'r1.inst-a.self'],
      [{ submissionId: 'r1.inst-b.self', revision: 1, requestedBy: 'system:requeue', reason: 'submitted' }, 'r1.inst-b.self#1', 'r1.inst-b.self'],
    ]);
    expect(dynamo).not.toHaveReceivedCommand(PutCommand);
  });

  it('skips what the lagging index still lists but is already scored, and sends nothing when nothing waits', async () => {
    const scored = submission('r1.inst-a.self', 2, '2026-03-01T07:30:00.000Z', 'scored');
    dynamo.on(QueryCommand).resolves({ Items: [item(scored)] });
    stored(scored);
    expect(await sweep()(event, lambdaContext('sweep'))).toEqual({ requeued: [], failed: [] });
    expect(sqs).not.toHaveReceivedCommand(SendMessageCommand);
  });

  it('sends the others when one send fails, then fails the invocation so the error metric shows it', async () => {
    const [a, b] = [submission('r1.inst-a.self', 2, '2026-03-01T07:30:00.000Z'), submission('r1.inst-b.self', 1, '2026-03-01T07:31:00.000Z')];
    dynamo.on(QueryCommand).resolves({ Items: [item(a), item(b)] });
    stored(a, b);
    sqs
      .on(SendMessageCommand)
      .rejectsOnce(new SQSServiceException({ name: 'InternalError', $fault: 'server', $metadata: { httpStatusCode: 500 } }))
      .resolves({ MessageId: 'm' });
    await expect(sweep()(event, lambdaContext('sweep'))).rejects.toThrow(/r1\.inst-a\.self/);
    expect(sqs.commandCalls(SendMessageCommand).map((c) => JSON.parse(c.args[0].input.MessageBody!).submissionId)).toContain('r1.inst-b.self');
  });
});
