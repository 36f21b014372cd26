import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../../functions/adapters/dynamodb/ensure-table.js';
import type { LocalAccount } from '../../functions/adapters/local/local-accounts.js';
import { loadConfig, type Config } from '../../functions/config.js';
import type { Clock } from '../../functions/domain/ports/clock.js';
import type { Principal } from '../../functions/domain/ports/token-verifier.js';
import { createLocalApp, type LocalApp } from '../../functions/local/local-app.js';
import { startDynalite } from '../../functions/local/start-dynalite.js';

/** The test cast: who is who in the fixture round. */
export const ACCOUNTS: LocalAccount[] = [
  { sub: 'u-admin', username: 'admin', role: 'admin', password: 'pw' },
  { sub: 'expert', username: 'expert', role: 'expert', password: 'pw' },
  { sub: 'expert2', username: 'expert2', role: 'expert', password: 'pw' },
  { sub: 'u-inst-a', username: 'insta', role: 'institution', institutionId: 'inst-a', password: 'pw' },
  { sub: 'u-inst-b', username: 'instb', role: 'institution', institutionId: 'inst-b', password: 'pw' },
  { sub: 'u-inst-c', username: 'instc', role: 'institution', institutionId: 'inst-c', password: 'pw' },
];

export type Who = 'admin' | 'expert' | 'expert2' | 'insta' | 'instb' | 'instc';

export const ROUND_ID = 'r1';
/** scrypt at a test's cost (1 MiB): the parameters travel in the hash, so the code path is the production one. */
export const TEST_HASHING = { N: 2 ** 10, r: 8, p: 1 };
export const MINI_PATH = new URL('./fixtures/mini-checklist.json', import.meta.url);

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
  headers: Headers;
}

export interface Harness {
  local: LocalApp;
  /** What the app was built from: a second `createLocalApp` on these is the same product after a restart. */
  client: DynamoDBDocumentClient;
  config: Readonly<Config>;
  tokens: Record<Who, string>;
  /** Calls the API in-process; `body` objects are sent as JSON, strings as they are. */
  api(method: string, path: string, opts?: { as?: Who; body?: unknown; headers?: Record<string, string>; raw?: BodyInit }): Promise<Reply>;
  /** Every item in the table, as a stable string: compare two snapshots to prove nothing was written. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

/** A fresh dynalite (random port, in memory), table, the fixture checklist, institutions and round. */
export async function startHarness(opts: { maxBodyBytes?: number; clock?: Clock } = {}): Promise<Harness> {
  const dynamo = await startDynalite();
  const evidenceDir = await mkdtemp(join(tmpdir(), 'dabiao-it-'));
  const config = loadConfig({
    TABLE_NAME: 'dabiao-it',
    AUTH_MODE: 'local',
    LOCAL_JWT_SECRET: 'integration-test-secret-0123456789',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    EVIDENCE_DIR: evidenceDir,
    MAX_BODY_BYTES: String(opts.maxBodyBytes ?? 64 * 1024),
    MAX_EVIDENCE_BYTES: String(1024 * 1024),
  });
  const client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 2 });
  await ensureTable(client, config.tableName);
  const local = createLocalApp({ client, config, accounts: ACCOUNTS, baseUrl: 'http://localhost', clock: opts.clock, hashing: TEST_HASHING });
  await local.seedAccounts();

  const admin: Principal = { sub: 'u-admin', username: 'admin', role: 'admin' };
  await local.services.checklists.publish(admin, JSON.parse(await readFile(MINI_PATH, 'utf8')));
  await local.services.directory.createRegion(admin, { id: 'reg', name: { zh: '测试市' }, level: 'city' });
  for (const id of ['inst-a', 'inst-b', 'inst-c']) {
    await local.services.directory.createInstitution(admin, { id, name: { zh: `医院${id}` }, regionId: 'reg', context: { institutionType: 'general' } });
  }
  await local.services.rounds.create(admin, {
    id: ROUND_ID,
    name: { zh: '测试轮次' },
    checklistId: 'it-mini',
    checklistVersion: 1,
    type: 'annual',
    year: 2025,
    institutionIds: ['inst-a', 'inst-b'],
    expertIds: ['expert'],
  });

  const tokens = {} as Record<Who, string>;
  for (const account of ACCOUNTS) {
    const { password: _password, ...principal } = account;
    tokens[account.username as Who] = await local.tokens.issue(principal);
  }

  return {
    local,
    client,
    config,
    tokens,
    async api(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.as) headers.authorization = `Bearer ${tokens[opts.as]}`;
      let body: BodyInit | undefined = opts.raw;
      if (opts.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      }
      const res = await local.app.request(path, { method, headers, body });
      const text = (res.headers.get('content-type') ?? '').includes('spreadsheet') ? '' : await res.clone().text();
      let parsed: unknown = undefined;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: res.status, body: parsed ?? res, text, headers: res.headers };
    },
    async snapshot() {
      const items: Record<string, unknown>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await client.send(new ScanCommand({ TableName: config.tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
        items.push(...(out.Items ?? []));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return JSON.stringify(items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort());
    },
    async close() {
      await local.queue.idle();
      client.destroy();
      await dynamo.close();
      await rm(evidenceDir, { recursive: true, force: true });
    },
  };
}

/** Creates a self-evaluation draft for inst-a (as insta) and returns it. */
export async function draftFor(h: Harness, who: Who = 'insta', institutionId = 'inst-a', kind: 'self' | 'expert' = 'self') {
  const res = await h.api('POST', '/api/submissions', { as: who, body: { roundId: ROUND_ID, institutionId, kind } });
  if (res.status !== 201) throw new Error(`draft failed: ${res.status} ${res.text}`);
  return res.body as { id: string; version: number };
}
