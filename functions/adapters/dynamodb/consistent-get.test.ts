import { BatchGetCommand, DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from './client.js';
import { consistentGet } from './consistent-get.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const client = createDocumentClient({ endpoint: 'http://dynamodb.test' });
type Input = { RequestItems: Record<string, { Keys: { pk: string; sk: string }[]; ConsistentRead?: boolean }> };

beforeEach(() => dynamo.reset());

describe('consistentGet', () => {
  it('sends a read alone as one strongly consistent GetItem', async () => {
    dynamo.on(GetCommand).resolves({ Item: { pk: 'USER#insta', sk: 'USER', version: 1 } });
    expect(await consistentGet(client, 't', { pk: 'USER#insta', sk: 'USER' })).toEqual({ pk: 'USER#insta', sk: 'USER', version: 1 });
    expect(dynamo.commandCalls(GetCommand).map((c) => c.args[0].input)).toEqual([{ TableName: 't', Key: { pk: 'USER#insta', sk: 'USER' }, ConsistentRead: true }]);
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(0);
  });

  it('sends reads started together as one consistent BatchGetItem, each key once, and answers each read with its own item', async () => {
    dynamo.on(BatchGetCommand).callsFake((input: Input) => ({ Responses: { t: input.RequestItems.t!.Keys.filter((k) => k.pk !== 'ROUND#gone').map((k) => ({ ...k, n: k.pk })).reverse() } }));
    const reads = await Promise.all([
      consistentGet(client, 't', { pk: 'USER#insta', sk: 'USER' }),
      consistentGet(client, 't', { pk: 'SUB#r1.inst-a.self', sk: 'SUB' }),
      consistentGet(client, 't', { pk: 'ROUND#gone', sk: 'ROUND' }),
      consistentGet(client, 't', { pk: 'USER#insta', sk: 'USER' }),
    ]);
    expect(reads.map((item) => item?.n)).toEqual(['USER#insta', 'SUB#r1.inst-a.self', undefined, 'USER#insta']);
    const sent = dynamo.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems!.t);
    expect(sent).toEqual([{ Keys: [{ pk: 'USER#insta', sk: 'USER' }, { pk: 'SUB#r1.inst-a.self', sk: 'SUB' }, { pk: 'ROUND#gone', sk: 'ROUND' }], ConsistentRead: true }]);
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('joins a read started by a promise continuation of the same turn', async () => {
    dynamo.on(BatchGetCommand).callsFake((input: Input) => ({ Responses: { t: input.RequestItems.t!.Keys } }));
    const first = consistentGet(client, 't', { pk: 'A', sk: 'A' });
    const second = Promise.resolve().then(() => consistentGet(client, 't', { pk: 'B', sk: 'B' }));
    expect([(await first)?.pk, (await second)?.pk]).toEqual(['A', 'B']);
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(1);
  });

  it('fails every read of a request that failed, and sends later reads afresh', async () => {
    dynamo.on(BatchGetCommand).rejectsOnce(new Error('ProvisionedThroughputExceededException'));
    const reads = [consistentGet(client, 't', { pk: 'A', sk: 'A' }), consistentGet(client, 't', { pk: 'B', sk: 'B' })];
    for (const read of reads) await expect(read).rejects.toThrow('ProvisionedThroughputExceededException');
    dynamo.on(GetCommand).resolves({ Item: { pk: 'A', sk: 'A' } });
    expect(await consistentGet(client, 't', { pk: 'A', sk: 'A' })).toEqual({ pk: 'A', sk: 'A' });
  });

  it('keeps the reads of different tables apart', async () => {
    dynamo.on(GetCommand).callsFake((input: { TableName: string; Key: { pk: string } }) => ({ Item: { pk: input.Key.pk, sk: 'A', table: input.TableName } }));
    const [a, b] = await Promise.all([consistentGet(client, 't1', { pk: 'A', sk: 'A' }), consistentGet(client, 't2', { pk: 'A', sk: 'A' })]);
    expect([a?.table, b?.table]).toEqual(['t1', 't2']);
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(0);
  });
});
