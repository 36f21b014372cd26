import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from './client.js';
import { ItemStore } from './item-store.js';
import { GSI5 } from './table-definition.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const validation = (message: string) => new DynamoDBServiceException({ name: 'ValidationException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message });
const indexesAsked = () => dynamo.commandCalls(QueryCommand).map((c) => c.args[0].input.IndexName);

beforeEach(() => dynamo.reset());

describe('ItemStore index queries during a deploy that replaces an index', () => {
  it('ask the old index with the same keys while the new one backfills, and the new one once the old is gone', async () => {
    const store = new ItemStore<{ id: string }>(createDocumentClient({ endpoint: 'http://dynamodb.test' }), 't', 'Region');
    dynamo.on(QueryCommand, { IndexName: GSI5 }).rejects(validation('Cannot read from backfilling global secondary index: gsi5'));
    dynamo.on(QueryCommand, { IndexName: 'gsi1' }).resolves({ Items: [{ data: '{"id":"north"}' }] });
    expect(await store.query(GSI5, 'REGIONS')).toEqual([{ id: 'north' }]);
    expect(await store.query(GSI5, 'REGIONS')).toEqual([{ id: 'north' }]);
    expect(indexesAsked()).toEqual([GSI5, 'gsi1', 'gsi1']);
    expect(dynamo.commandCalls(QueryCommand)[1]!.args[0].input.ExpressionAttributeNames).toMatchObject({ '#pk': 'gsi1pk' });

    dynamo.reset();
    dynamo.on(QueryCommand, { IndexName: 'gsi1' }).rejects(validation('The table does not have the specified index: gsi1'));
    dynamo.on(QueryCommand, { IndexName: GSI5 }).resolves({ Items: [{ data: '{"id":"south"}' }] });
    expect(await store.query(GSI5, 'REGIONS')).toEqual([{ id: 'south' }]);
    expect(await store.query(GSI5, 'REGIONS')).toEqual([{ id: 'south' }]);
    expect(indexesAsked()).toEqual(['gsi1', GSI5, GSI5]);
  });

  it('do not hide other validation errors', async () => {
    const store = new ItemStore<{ id: string }>(createDocumentClient({ endpoint: 'http://dynamodb.test' }), 't', 'Region');
    dynamo.on(QueryCommand).rejects(validation('Invalid KeyConditionExpression'));
    await expect(store.query(GSI5, 'REGIONS')).rejects.toThrow(/KeyConditionExpression/);
    expect(indexesAsked()).toEqual([GSI5]);
  });
});
