import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../../functions/adapters/dynamodb/ensure-table.js';
import { DynamoLoginAttemptStore } from '../../functions/adapters/dynamodb/login-attempt-store.js';
import { TooManyAttemptsError } from '../../functions/domain/errors.js';
import { createLoginThrottle } from '../../functions/domain/services/login-throttle.js';
import { startDynalite } from '../../functions/local/start-dynalite.js';
import { startHarness, type Harness } from './harness.js';

const now = { t: Date.parse('2025-06-01T08:00:00Z') };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: { now: () => new Date(now.t) } });
});
afterAll(() => h?.close());

const login = (username: string, password: string) => h.api('POST', '/api/auth/login', { body: { username, password } });

describe('login throttling', () => {
  it('five wrong passwords, then 429 with Retry-After even for the right one; after the wait it works', async () => {
    for (let i = 0; i < 5; i++) expect((await login('insta', `guess-${i}`)).status).toBe(401);
    const locked = await login('insta', 'pw');
    expect([locked.status, locked.body.error.code, locked.headers.get('retry-after')]).toEqual([429, 'too-many-attempts', '30']);
    expect(locked.body.error.details).toEqual({ retryAfterSeconds: 30 });
    now.t += 31_000;
    const ok = await login('insta', 'pw');
    expect(ok.status).toBe(200);
    expect((await h.api('GET', '/api/auth/me', { headers: { authorization: `Bearer ${ok.body.token}` } })).body.username).toBe('insta');
    // The success reset the count.
    expect((await login('insta', 'again-wrong')).status).toBe(401);
  });

  it('an unknown account gets exactly the answers a known one does', async () => {
    const run = async (username: string) => {
      const out = [];
      for (let i = 0; i < 7; i++) {
        const res = await login(username, `guess-${i}`);
        out.push([res.status, res.headers.get('retry-after'), JSON.stringify(res.body)]);
      }
      return out;
    };
    const known = await run('instb');
    expect(known.map((r) => r[0])).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(await run('no-such-user')).toEqual(known);
  });

  it('malformed bodies are 400 and do not count', async () => {
    for (let i = 0; i < 8; i++) expect((await h.api('POST', '/api/auth/login', { body: { username: 'expert' } })).status).toBe(400);
    expect((await login('expert', 'pw')).status).toBe(200);
  });
});

describe('login attempt counters in DynamoDB', () => {
  let dynamo: Awaited<ReturnType<typeof startDynalite>>;
  beforeAll(async () => {
    dynamo = await startDynalite();
  });
  afterAll(() => dynamo?.close());

  it('are shared by every instance, carry a TTL and refuse a stale write', async () => {
    const clients = [createDocumentClient({ endpoint: dynamo.endpoint }), createDocumentClient({ endpoint: dynamo.endpoint })];
    await ensureTable(clients[0]!, 'attempts');
    const clock = { now: () => new Date('2025-06-01T08:00:00Z') };
    const [a, b] = clients.map((client) => createLoginThrottle({ store: new DynamoLoginAttemptStore(client, 'attempts'), clock }));
    const wrong = async () => undefined;
    for (let i = 0; i < 3; i++) await a!.attempt('admin', wrong);
    for (let i = 0; i < 2; i++) await b!.attempt('admin', wrong);
    await expect(a!.attempt('admin', async () => 'ok')).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(b!.attempt('admin', async () => 'ok')).rejects.toBeInstanceOf(TooManyAttemptsError);

    const item = (await clients[0]!.send(new GetCommand({ TableName: 'attempts', Key: { pk: 'LOGIN#admin', sk: 'LOGIN' } }))).Item;
    expect(item?.ttl).toBe(Date.parse('2025-06-01T09:00:00Z') / 1000);
    const store = new DynamoLoginAttemptStore(clients[1]!, 'attempts');
    const stored = (await store.get('admin'))!;
    expect(stored.failures).toBe(5);
    expect(await store.put({ ...stored, failures: 0, version: stored.version + 1 }, stored.version - 1)).toBe(false);
    expect(await store.put({ ...stored, account: 'fresh', version: 1 }, 0)).toBe(true);
    expect(await store.put({ ...stored, account: 'fresh', version: 1 }, 0)).toBe(false);
    for (const c of clients) c.destroy();
  });
});
