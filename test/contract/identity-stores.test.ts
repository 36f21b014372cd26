import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../../functions/adapters/dynamodb/ensure-table.js';
import { DynamoRefreshTokenStore } from '../../functions/adapters/dynamodb/refresh-token-store.js';
import { DynamoUserDirectory } from '../../functions/adapters/dynamodb/user-directory.js';
import { InMemoryRefreshTokenStore } from '../../functions/adapters/local/in-memory-refresh-token-store.js';
import { InMemoryUserDirectory } from '../../functions/adapters/local/in-memory-user-directory.js';
import type { DomainError } from '../../functions/domain/errors.js';
import type { User } from '../../functions/domain/model/user.js';
import type { RefreshFamily, RefreshTokenStore } from '../../functions/domain/ports/refresh-token-store.js';
import type { UserDirectory } from '../../functions/domain/ports/user-directory.js';
import { startDynalite, type RunningDynalite } from '../../functions/local/start-dynalite.js';

const at = '2025-06-01T08:00:00.000Z';
const user = (username: string, o: Partial<User> = {}): User => ({
  username,
  role: 'expert',
  displayName: `专家${username}`,
  status: 'active',
  passwordHash: 'scrypt$1024$8$1$c2FsdA$aGFzaA',
  mustChangePassword: false,
  failedAttempts: 0,
  sessionEpoch: 1,
  version: 1,
  createdAt: at,
  updatedAt: at,
  audit: [{ at, by: 'admin', action: 'create', version: 1 }],
  ...o,
});
const family = (id: string, o: Partial<RefreshFamily> = {}): RefreshFamily => ({ id, username: 'a', currentHash: 'h1', previousHashes: [], epoch: 1, createdAt: at, expiresAt: '2025-06-01T20:00:00.000Z', version: 1, ...o });

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e as DomainError).code ?? String(e));

/** What the identity services rely on from the user directory and the refresh-token store, run against each adapter. */
function identityStoreContract(open: () => Promise<{ users: UserDirectory; families: RefreshTokenStore }>) {
  it('users: create-if-absent, read as stored, listed by username', async () => {
    const { users } = await open();
    await users.create(user('zhang', { role: 'institution', institutionId: 'inst-a', lockedUntil: undefined }));
    await users.create(user('li'));
    await users.create(user('wang.2', { role: 'commission', regionId: 'reg' }));
    expect(await codeOf(users.create(user('li', { displayName: '另一个' })))).toBe('already-exists');
    expect((await users.get('li'))?.displayName).toBe('专家li');
    const zhang = await users.get('zhang');
    expect(zhang).toEqual(user('zhang', { role: 'institution', institutionId: 'inst-a' }));
    expect(zhang && 'lockedUntil' in zhang).toBe(false);
    expect(await users.get('nobody')).toBeUndefined();
    expect((await users.list()).map((u) => u.username)).toEqual(['li', 'wang.2', 'zhang']);
  });

  it('users: replace only on the expected version; parallel sign-in writes leave one winner', async () => {
    const { users } = await open();
    await users.create(user('li'));
    const writes = [1, 2, 3].map((n) => users.replace(user('li', { failedAttempts: n, version: 2 }), 1));
    const outcomes = await Promise.allSettled(writes);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(['version-conflict', 'version-conflict']);
    expect((await users.get('li'))?.version).toBe(2);
    expect(await codeOf(users.replace(user('ghost', { version: 2 }), 1))).toBe('version-conflict');
    expect(await users.get('ghost')).toBeUndefined();
  });

  it('refresh families: create-if-absent, conditional rotation, a read is a copy', async () => {
    const { families } = await open();
    await families.create(family('f1'));
    expect(await codeOf(families.create(family('f1', { username: 'b' })))).toBe('already-exists');
    const got = (await families.get('f1'))!;
    got.previousHashes.push('changed');
    expect((await families.get('f1'))!.previousHashes).toEqual([]);
    const rotated = family('f1', { currentHash: 'h2', previousHashes: ['h1'], version: 2 });
    await families.replace(rotated, 1);
    expect(await codeOf(families.replace(family('f1', { currentHash: 'h3', version: 2 }), 1))).toBe('version-conflict');
    expect(await families.get('f1')).toEqual(rotated);
    expect(await families.get('nope')).toBeUndefined();
  });
}

describe('identity store contract: in memory', () => {
  identityStoreContract(async () => ({ users: new InMemoryUserDirectory(), families: new InMemoryRefreshTokenStore() }));
});

describe('identity store contract: DynamoDB on dynalite', () => {
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
  const open = async () => {
    const table = `identity-${++tables}`;
    await ensureTable(client, table);
    return { table, users: new DynamoUserDirectory(client, table), families: new DynamoRefreshTokenStore(client, table) };
  };
  identityStoreContract(open);

  it('a refresh family carries a TTL a day after it ends, so DynamoDB deletes it', async () => {
    const { table, families } = await open();
    await families.create(family('f1'));
    const item = (await client.send(new GetCommand({ TableName: table, Key: { pk: 'REFRESH#f1', sk: 'REFRESH' } }))).Item;
    expect(item?.ttl).toBe(Date.parse('2025-06-02T20:00:00.000Z') / 1000);
  });
});
