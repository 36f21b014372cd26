import 'aws-sdk-client-mock-vitest/extend';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { createRepositories } from '../../functions/adapters/dynamodb/create-repositories.js';
import { toErrorResponse } from '../../functions/api/error-response.js';
import type { Region } from '../../functions/domain/model/region.js';
import type { Submission } from '../../functions/domain/model/submission.js';
import type { ScoreResult } from '../../functions/scoring/result-types.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const repos = () => createRepositories(createDocumentClient({ endpoint: 'http://dynamodb.test' }), 'dabiao');
const conditionFailed = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: { httpStatusCode: 400 } });

const submission: Submission = {
  id: 'r1.inst-a.self',
  roundId: 'r1',
  institutionId: 'inst-a',
  kind: 'self',
  checklistId: 'c1',
  checklistVersion: 1,
  status: 'draft',
  revision: 0,
  version: 4,
  context: {},
  answers: {},
  evidence: {},
  comments: [],
  createdBy: 'u-inst-a',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  audit: [],
};
const region: Region = {
  id: 'reg',
  name: { zh: '测试市' },
  level: 'city',
  version: 1,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  audit: [],
};

describe('DynamoDB adapter: failed conditions become conflicts, not faults', () => {
  beforeEach(() => dynamo.reset());

  it('a stale save of a submission is a 409 version-conflict, and the write was conditional', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    const failure = repos().submissions.replace({ ...submission, version: 5 }, 4);
    await expect(failure).rejects.toMatchObject({ code: 'version-conflict' });
    const error = await failure.catch((e: unknown) => e);
    expect(toErrorResponse(error)).toMatchObject({ status: 409, body: { error: { code: 'version-conflict' } } });

    const put = dynamo.commandCalls(PutCommand)[0]!.args[0].input;
    expect(put.ConditionExpression).toContain('#version = :expected');
    expect(put.ExpressionAttributeValues).toEqual({ ':expected': 4 });
    expect(put.Item).toMatchObject({ pk: 'SUB#r1.inst-a.self', version: 5 });
  });

  it('a stale update of a region is a 409 too (every repository shares the mapping)', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    const error = await repos().regions.replace({ ...region, version: 2 }, 1).catch((e: unknown) => e);
    expect(toErrorResponse(error).status).toBe(409);
  });

  it('creating something that exists is a 409 already-exists', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    const error = await repos().submissions.create(submission).catch((e: unknown) => e);
    expect(toErrorResponse(error)).toMatchObject({ status: 409, body: { error: { code: 'already-exists' } } });
    expect(dynamo.commandCalls(PutCommand)[0]!.args[0].input.ConditionExpression).toBe('attribute_not_exists(pk)');
  });

  it('storing a result twice is not an error: the second writer learns it lost', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    await expect(repos().results.putIfAbsent('r1.inst-a.self', '000001#1#1.0.0', {} as ScoreResult)).resolves.toBe(false);
  });

  it('throttling that outlasts the retries becomes a 503 busy that reveals nothing internal', async () => {
    const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput'), { name: 'ProvisionedThroughputExceededException' });
    dynamo.on(PutCommand).rejects(throttled);
    const error = await repos().submissions.replace({ ...submission, version: 5 }, 4).catch((e: unknown) => e);
    expect(error).toBe(throttled);
    expect(toErrorResponse(error)).toEqual({ status: 503, body: { error: { code: 'busy', message: expect.any(String), details: { retryAfterSeconds: 2 } } } });
    expect(JSON.stringify(toErrorResponse(error))).not.toContain('throughput');
    expect(JSON.stringify(toErrorResponse(error))).not.toContain('throughput');
  });
});
