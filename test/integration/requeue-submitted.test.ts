import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { LEGACY_INDEXES, tableDefinition } from '../../functions/adapters/dynamodb/table-definition.js';
import { startDynalite } from '../../functions/local/start-dynalite.js';
import { createLocalApp, type LocalApp } from '../../functions/local/local-app.js';
import { requeueOnStart } from '../../functions/local/requeue-on-start.js';
import { ACCOUNTS, draftFor, startHarness, type Harness } from './harness.js';

/** Issue 7 item 8: scoring accepted (202) but lost when the process died is picked up again. */
let h: Harness;
const now = { t: Date.parse('2026-03-01T08:00:00.000Z') };
const clock = { now: () => new Date(now.t) };

beforeAll(async () => {
  h = await startHarness({ clock });
});
afterAll(() => h?.close());

/** The same product on the same table, as a fresh process would build it. */
const restart = (): LocalApp => createLocalApp({ client: h.client, config: h.config, accounts: ACCOUNTS, baseUrl: 'http://localhost', clock, signer: h.local.signer });

/** Calls the API of `app` as `who` with the harness's tokens. */
async function call(app: LocalApp, method: string, path: string, who: 'insta' | 'instb' | 'expert', body?: unknown) {
  const res = await app.app.request(path, { method, headers: { authorization: `Bearer ${h.tokens[who]}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe('re-queueing submissions whose scoring was lost', () => {
  it('a submission left submitted by a process that died after the 202 is scored after a restart, once', async () => {
    const id = (await draftFor(h)).id;
    // The first process accepts the submit, then dies before its queue runs the scorer.
    const dying = restart();
    dying.queue.attach(async () => undefined);
    expect((await call(dying, 'PUT', `/api/submissions/${id}`, 'insta', { version: 1, answers: { beds: 12 } })).status).toBe(200);
    expect((await call(dying, 'POST', `/api/submissions/${id}/submit`, 'insta', { version: 2 })).status).toBe(202);
    await dying.queue.idle();
    expect((await h.local.repos.submissions.get(id))!.status).toBe('submitted');

    const next = restart();
    const first = await requeueOnStart(next, clock);
    expect(first).toEqual({ requeued: [id], failed: [] });
    await next.queue.idle();
    const scored = (await call(next, 'GET', `/api/submissions/${id}`, 'insta')).body;
    expect([scored.status, scored.score.revision, scored.score.total]).toEqual(['scored', 1, expect.any(Number)]);
    expect(scored.audit.at(-1)).toMatchObject({ action: 'score', by: 'scorer:system:requeue' });
    expect((await call(next, 'GET', `/api/submissions/${id}/result`, 'insta')).status).toBe(200);

    // Scored, it leaves the index: another restart queues nothing and writes nothing.
    const before = await h.snapshot();
    const again = restart();
    expect(await requeueOnStart(again, clock)).toEqual({ requeued: [], failed: [] });
    await again.queue.idle();
    expect(await h.snapshot()).toBe(before);
  });

  it('a re-queued message for a revision that is already scored changes nothing (the scorer dedupes)', async () => {
    const id = (await draftFor(h, 'instb', 'inst-b')).id;
    expect((await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: 1, answers: { beds: 3 } } })).status).toBe(200);
    expect((await h.api('POST', `/api/submissions/${id}/submit`, { as: 'instb', body: { version: 2 } })).status).toBe(202);
    await h.local.queue.idle();
    const before = await h.snapshot();
    await h.local.queue.enqueue({ submissionId: id, revision: 1, requestedBy: 'system:requeue', reason: 'submitted' });
    await h.local.queue.idle();
    expect(await h.snapshot()).toBe(before);
  });

  it('finds only submissions still submitted, and only those submitted before the cutoff (the AWS sweep waits 15 minutes)', async () => {
    const id = (await draftFor(h, 'expert', 'inst-a', 'expert')).id;
    const dying = restart();
    dying.queue.attach(async () => undefined);
    expect((await call(dying, 'PUT', `/api/submissions/${id}`, 'expert', { version: 1, answers: { beds: 1 } })).status).toBe(200);
    expect((await call(dying, 'POST', `/api/submissions/${id}/submit`, 'expert', { version: 2 })).status).toBe(202);

    const at = (minutes: number) => new Date(now.t + minutes * 60_000).toISOString();
    expect((await h.local.repos.submissions.listSubmittedBefore(at(-1))).map((s) => s.id)).toEqual([]);
    expect((await h.local.repos.submissions.listSubmittedBefore(at(0))).map((s) => s.id)).toEqual([id]);
    expect((await h.local.repos.submissions.listSubmittedBefore(at(15))).map((s) => s.id)).toEqual([id]);
    // Drafts and scored submissions of the same round are not in the index.
    expect((await h.local.repos.submissions.listByRound('r1')).map((s) => s.status).sort()).toEqual(['scored', 'scored', 'submitted']);
  });

  it('a local table from before the index reports why it cannot look, and the start goes on', async () => {
    const dynamo = await startDynalite();
    const client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 1 });
    try {
      // The indexes before gsi3 (the sparse one, now gsi7) existed.
      const old = tableDefinition('dabiao-old', LEGACY_INDEXES.filter((i) => i.IndexName === 'gsi1' || i.IndexName === 'gsi2'));
      await client.send(new CreateTableCommand(old));
      const app = createLocalApp({ client, config: { ...h.config, tableName: 'dabiao-old' }, accounts: ACCOUNTS, baseUrl: 'http://localhost', clock });
      expect(await requeueOnStart(app, clock)).toEqual({ skipped: expect.stringContaining('neither index gsi7 nor gsi3') });
    } finally {
      client.destroy();
      await dynamo.close();
    }
  });
});
