import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { batchGet } from './batch-get.js';
import { createDocumentClient } from './client.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const client = createDocumentClient({ endpoint: 'http://dynamodb.test' });
const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ pk: `SUB#${i}`, sk: 'SUB' }));
type Input = { RequestItems: Record<string, { Keys: { pk: string; sk: string }[] }> };

beforeEach(() => dynamo.reset());

describe('batchGet', () => {
  it('asks 100 keys a request and answers in the order of the keys, leaving out keys without an item', async () => {
    // DynamoDB answers a batch in any order: reversed here.
    dynamo.on(BatchGetCommand).callsFake((input: Input) => ({ Responses: { t: input.RequestItems.t!.Keys.filter((k) => k.pk !== 'SUB#7').map((k) => ({ ...k, n: k.pk })).reverse() } }));
    const items = await batchGet(client, 't', keys(150));
    expect(dynamo.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems!.t!.Keys!.length)).toEqual([100, 50]);
    expect(items.map((i) => i.n)).toEqual(keys(150).filter((k) => k.pk !== 'SUB#7').map((k) => k.pk));
  });

  it('asks again for the keys DynamoDB left unprocessed, and gives up after 8 attempts', async () => {
    dynamo.on(BatchGetCommand)
      .resolvesOnce({ Responses: { t: [{ pk: 'SUB#0', sk: 'SUB' }] }, UnprocessedKeys: { t: { Keys: [{ pk: 'SUB#1', sk: 'SUB' }] } } })
      .resolvesOnce({ Responses: { t: [{ pk: 'SUB#1', sk: 'SUB' }] } });
    expect((await batchGet(client, 't', keys(2))).map((i) => i.pk)).toEqual(['SUB#0', 'SUB#1']);
    expect(dynamo.commandCalls(BatchGetCommand)[1]!.args[0].input.RequestItems!.t!.Keys).toEqual([{ pk: 'SUB#1', sk: 'SUB' }]);

    dynamo.reset();
    dynamo.on(BatchGetCommand).resolves({ Responses: { t: [] }, UnprocessedKeys: { t: { Keys: [{ pk: 'SUB#0', sk: 'SUB' }] } } });
    await expect(batchGet(client, 't', keys(1))).rejects.toThrow(/unprocessed after 8 attempts/);
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(8);
  }, 10_000);

  it('sends nothing for no keys', async () => {
    expect(await batchGet(client, 't', [])).toEqual([]);
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(0);
  });
});
