import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';

/**
 * aws-sdk-client-mock replaces `send`, above the SDK's retry middleware, so it cannot show that a
 * throttled call is retried. These tests fake the HTTP layer instead: the real retry strategy,
 * deserializer and error classification of the client from `createDocumentClient` all run.
 */
function withFakeDynamo(client: DynamoDBDocumentClient, responses: Array<{ status: number; type?: string }>) {
  const seen: string[] = [];
  const handler = {
    handle: async (request: { headers: Record<string, string> }) => {
      seen.push(String(request.headers['x-amz-target']));
      const next = responses.shift() ?? { status: 200 };
      const body = next.type
        ? JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${next.type}`, message: next.type })
        : JSON.stringify({ Item: { pk: { S: 'SUB#1' }, sk: { S: 'META' }, version: { N: '4' } } });
      return {
        response: {
          statusCode: next.status,
          headers: { 'content-type': 'application/x-amz-json-1.0' },
          body: Buffer.from(body),
        },
      };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  (client.config as { requestHandler: unknown }).requestHandler = handler;
  return seen;
}

/** Sends a GetItem and lets the (fake) clock run through the SDK's backoff delays. */
async function get(client: DynamoDBDocumentClient) {
  const pending = client.send(new GetCommand({ TableName: 'dabiao', Key: { pk: 'SUB#1', sk: 'META' } }));
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    await vi.advanceTimersByTimeAsync(1000);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pending;
}

describe('createDocumentClient retries', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it.each([
    ['ProvisionedThroughputExceededException', 400],
    ['ThrottlingException', 400],
    ['InternalServerError', 500],
    ['ServiceUnavailable', 503],
  ])('retries %s (HTTP %i) and then succeeds', async (type, status) => {
    const client = createDocumentClient({ endpoint: 'http://dynamodb.test', maxAttempts: 3 });
    const attempts = withFakeDynamo(client, [{ status, type }, { status, type }]);
    const out = await get(client);
    expect(out.Item).toEqual({ pk: 'SUB#1', sk: 'META', version: 4 });
    expect(attempts).toEqual(['DynamoDB_20120810.GetItem', 'DynamoDB_20120810.GetItem', 'DynamoDB_20120810.GetItem']);
  });

  it('gives up after maxAttempts and surfaces the throttling error', async () => {
    const client = createDocumentClient({ endpoint: 'http://dynamodb.test', maxAttempts: 2 });
    const throttled = { status: 400, type: 'ProvisionedThroughputExceededException' };
    const attempts = withFakeDynamo(client, [throttled, throttled, throttled]);
    await expect(get(client)).rejects.toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    expect(attempts).toHaveLength(2);
  });

  it('does not retry a failed condition: that is a conflict, not a fault', async () => {
    const client = createDocumentClient({ endpoint: 'http://dynamodb.test', maxAttempts: 3 });
    const attempts = withFakeDynamo(client, [{ status: 400, type: 'ConditionalCheckFailedException' }]);
    await expect(get(client)).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect(attempts).toHaveLength(1);
  });

  it('defaults to five attempts', async () => {
    const client = createDocumentClient({ endpoint: 'http://dynamodb.test' });
    const throttled = { status: 400, type: 'ThrottlingException' };
    const attempts = withFakeDynamo(client, Array.from({ length: 4 }, () => throttled));
    await expect(get(client)).resolves.toMatchObject({ Item: { version: 4 } });
    expect(attempts).toHaveLength(5);
  });
});
