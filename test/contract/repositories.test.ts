import { afterAll, beforeAll, describe } from 'vitest';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { createRepositories } from '../../functions/adapters/dynamodb/create-repositories.js';
import { ensureTable } from '../../functions/adapters/dynamodb/ensure-table.js';
import { DynamoLoginAttemptStore } from '../../functions/adapters/dynamodb/login-attempt-store.js';
import { InMemoryLoginAttemptStore } from '../../functions/adapters/local/in-memory-login-attempt-store.js';
import { createInMemoryRepositories } from '../../functions/adapters/local/in-memory-repositories.js';
import { startDynalite, type RunningDynalite } from '../../functions/local/start-dynalite.js';
import { repositoryContract } from './repository-contract.js';

describe('repository contract: in memory', () => {
  repositoryContract(async () => ({ repos: createInMemoryRepositories(), logins: new InMemoryLoginAttemptStore() }));
});

describe('repository contract: DynamoDB on dynalite', () => {
  let dynamo: RunningDynalite;
  let client: DynamoDBDocumentClient;
  let tables = 0;
  beforeAll(async () => {
    dynamo = await startDynalite();
    client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 2 });
  });
  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
  });

  // A table per test, so each starts empty as the in-memory stores do.
  repositoryContract(async () => {
    const table = `contract-${++tables}`;
    await ensureTable(client, table);
    return { repos: createRepositories(client, table), logins: new DynamoLoginAttemptStore(client, table) };
  });
});
