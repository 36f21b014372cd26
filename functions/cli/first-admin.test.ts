import 'aws-sdk-client-mock-vitest/extend';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { verifyPassword } from '../domain/identity/password-hash.js';
import { checkPasswordPolicy } from '../domain/identity/password-policy.js';
import { createFirstAdmin } from './first-admin.js';

const cfn = mockClient(CloudFormationClient);
const ddb = mockClient(DynamoDBDocumentClient);
const TABLE = 'DabiaoStateful-Table-1A2B3C';

const run = (username = 'root') =>
  createFirstAdmin({ cloudFormation: new CloudFormationClient({ region: 'cn-north-1' }), dynamo: createDocumentClient({ region: 'cn-north-1' }), stack: 'Dabiao', username, clock: { now: () => new Date('2026-01-05T02:00:00Z') } });

describe('npm run first-admin', () => {
  beforeEach(() => {
    cfn.reset();
    ddb.reset();
    cfn.on(DescribeStacksCommand, { StackName: 'Dabiao' }).resolves({ Stacks: [{ StackName: 'Dabiao', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [{ OutputKey: 'ApiUrl', OutputValue: 'https://x' }, { OutputKey: 'TableName', OutputValue: TABLE }] }] });
  });

  it('creates an admin in the stack\'s table with a one-time password it must change, as one conditional write', async () => {
    ddb.on(PutCommand).resolves({});
    const admin = await run();
    expect(admin).toMatchObject({ tableName: TABLE, username: 'root' });
    expect(checkPasswordPolicy(admin.password, 'root')).toEqual([]);
    expect(ddb).toHaveReceivedCommandTimes(PutCommand, 1);
    const put = ddb.commandCalls(PutCommand)[0]!.args[0].input;
    expect(put).toMatchObject({ TableName: TABLE, ConditionExpression: 'attribute_not_exists(pk)', Item: { pk: 'USER#root', sk: 'USER', gsi1pk: 'USERS', version: 1 } });
    const user = JSON.parse(put.Item!.data as string);
    expect(user).toMatchObject({ username: 'root', role: 'admin', status: 'active', mustChangePassword: true, createdAt: '2026-01-05T02:00:00.000Z' });
    expect(await verifyPassword(admin.password, user.passwordHash)).toBe(true);
    expect(JSON.stringify(put.Item)).not.toContain(admin.password);
  });

  it('refuses when the user exists, changing nothing', async () => {
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    await expect(run()).rejects.toThrow(/root already exists in DabiaoStateful-Table-1A2B3C; nothing was changed/);
  });

  it('says which outputs the stack has when TableName is missing', async () => {
    cfn.on(DescribeStacksCommand, { StackName: 'Dabiao' }).resolves({ Stacks: [{ StackName: 'Dabiao', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [{ OutputKey: 'WebUrl', OutputValue: 'https://w' }] }] });
    await expect(run()).rejects.toThrow(/no TableName output \(it has: WebUrl\)/);
    expect(ddb).toHaveReceivedCommandTimes(PutCommand, 0);
  });
});
