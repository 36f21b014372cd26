import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { withBenchMode } from './bench-mode.js';

const app = () => new Response('{"error":{"code":"not-found"}}', { status: 404 });

describe('bench mode', () => {
  it('is off unless enabled: the floor route does not exist and the client is left alone', async () => {
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
    const before = client.middlewareStack.identify().length;
    const fetch = withBenchMode(app, { enabled: false, client, tableName: 't' });
    expect(fetch).toBe(app);
    expect((await fetch(new Request('http://x/api/bench/floor', { method: 'PUT', body: '{}' }))).status).toBe(404);
    expect(client.middlewareStack.identify().length).toBe(before);
  });

  it('when enabled, the floor route writes one item and the call counter sees every command', async () => {
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }));
    const mock = mockClient(client);
    mock.on(PutCommand).resolves({});
    mock.on(GetCommand).resolves({});
    const fetch = withBenchMode(app, { enabled: true, client, tableName: 't' });
    expect((await fetch(new Request('http://x/api/bench/floor', { method: 'PUT', body: '{"a":1}' }))).status).toBe(200);
    expect(mock.commandCalls(PutCommand)).toHaveLength(1);
    expect(mock.commandCalls(PutCommand)[0]!.args[0].input.TableName).toBe('t');
    expect(Object.keys(mock.commandCalls(PutCommand)[0]!.args[0].input.Item!)).toEqual(['pk', 'sk', 'body']);
    // With index keys, in a partition of its own (never a round's, nor the awaiting-score one).
    await fetch(new Request('http://x/api/bench/floor?indexes=3', { method: 'PUT', body: '{"a":1}' }));
    const indexed = mock.commandCalls(PutCommand)[1]!.args[0].input.Item!;
    expect([indexed.gsi1pk, indexed.gsi2pk, indexed.gsi3pk, indexed.body]).toEqual(['BENCH#FLOOR', 'BENCH#FLOOR', 'BENCH#FLOOR', '{"a":1}']);
    expect((await fetch(new Request('http://x/api/other'))).status).toBe(404);
    mock.restore();
  });

  it('counts calls per request, and calls made after a response (work the request started) apart', async () => {
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }));
    // Answers every command after the counter has seen it (a mocked send would skip the middleware stack).
    client.middlewareStack.add(() => async () => ({ output: { $metadata: {} }, response: {} }), { step: 'initialize', priority: 'low', name: 'answerEverything' });
    const later: Promise<unknown>[] = [];
    const route = async () => {
      await client.send(new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } }));
      // What an in-process queue does: work that runs once the response is out.
      later.push(new Promise((resolve) => setTimeout(resolve, 5)).then(() => client.send(new PutCommand({ TableName: 't', Item: { pk: 'a', sk: 'b' } }))));
      return new Response('{}');
    };
    const fetch = withBenchMode(route, { enabled: true, client, tableName: 't' });
    await fetch(new Request('http://x/api/submissions/s1/submit', { method: 'POST' }));
    await fetch(new Request('http://x/api/submissions/s1/submit', { method: 'POST' }));
    await Promise.all(later);
    const byRoute = await (await fetch(new Request('http://x/api/bench/dynamodb-calls-by-route'))).json();
    expect(byRoute).toEqual({ 'POST /api/submissions/s1/submit': { requests: 2, GetItemCommand: 2 }, background: { requests: 0, PutItemCommand: 2 } });
  });
});
