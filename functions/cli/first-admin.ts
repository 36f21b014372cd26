import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { DynamoUserDirectory } from '../adapters/dynamodb/user-directory.js';
import { Username } from '../api/identity-schemas.js';
import { AlreadyExistsError } from '../domain/errors.js';
import { oneTimePassword } from '../domain/identity/one-time-password.js';
import { newUser } from '../domain/identity/user-admin-service.js';
import { systemClock, type Clock } from '../domain/ports/clock.js';
import * as v from 'valibot';

const USAGE = 'usage: npm run first-admin -- --stack <StackName> --region <region> --username <name> [--display-name <name>]';

/** The stack output that names the table (infra/ declares it on the stack that owns the API). */
export const TABLE_OUTPUT = 'TableName';

/**
 * Creates the first administrator of a deployed stack: reads the table name from the stack's
 * `TableName` output, then writes the user with a one-time password and `mustChangePassword`, as
 * one conditional write that refuses an existing username. Uses the caller's AWS credentials.
 */
export async function createFirstAdmin(opts: {
  cloudFormation: CloudFormationClient;
  dynamo: DynamoDBDocumentClient;
  stack: string;
  username: string;
  displayName?: string;
  clock?: Clock;
}): Promise<{ tableName: string; username: string; password: string }> {
  const out = await opts.cloudFormation.send(new DescribeStacksCommand({ StackName: opts.stack }));
  const outputs = out.Stacks?.[0]?.Outputs ?? [];
  const tableName = outputs.find((o) => o.OutputKey === TABLE_OUTPUT)?.OutputValue;
  if (!tableName) throw new Error(`stack ${opts.stack} has no ${TABLE_OUTPUT} output (it has: ${outputs.map((o) => o.OutputKey).join(', ') || 'none'}); is it the stack with the API?`);
  const password = oneTimePassword(opts.username);
  const user = await newUser({ username: opts.username, role: 'admin', displayName: opts.displayName ?? opts.username }, password, {
    by: 'system:first-admin',
    at: (opts.clock ?? systemClock).now(),
    mustChangePassword: true,
  });
  try {
    await new DynamoUserDirectory(opts.dynamo, tableName).create(user);
  } catch (error) {
    if (error instanceof AlreadyExistsError) throw new Error(`user ${opts.username} already exists in ${tableName}; nothing was changed (an admin can reset its password in the app)`);
    throw error;
  }
  return { tableName, username: opts.username, password };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { stack: { type: 'string' }, region: { type: 'string' }, username: { type: 'string' }, 'display-name': { type: 'string' } } });
  if (!values.stack || !values.region || !values.username) {
    console.error(USAGE);
    return 2;
  }
  const name = v.safeParse(Username, values.username);
  if (!name.success) {
    console.error(`--username: ${name.issues[0].message}`);
    return 2;
  }
  const cloudFormation = new CloudFormationClient({ region: values.region });
  const dynamo = createDocumentClient({ region: values.region });
  try {
    const admin = await createFirstAdmin({ cloudFormation, dynamo, stack: values.stack, username: name.output, displayName: values['display-name'] });
    console.log(`管理员已创建 / administrator created: ${admin.username} (table ${admin.tableName})`);
    console.log(`一次性密码 / one-time password: ${admin.password}`);
    console.log('首次登录时必须修改密码 / it must be changed at the first sign-in. It is shown only now.');
    return 0;
  } catch (error) {
    console.error(`first-admin: ${(error as Error).message}`);
    return 1;
  } finally {
    cloudFormation.destroy();
    dynamo.destroy();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
