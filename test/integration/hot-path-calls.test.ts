import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import { createLocalApp, type LocalApp } from '../../functions/local/local-app.js';
import { createScoreSubmission } from '../../functions/scoring-worker/score-submission.js';
import { ACCOUNTS, draftFor, ROUND_ID, startHarness, type Harness, type Who } from './harness.js';

/**
 * Issue 13 item 2: saving a draft is one conditional write and no read once this process has seen
 * the submission; submitting reads at most the submission and the round (≤ 2 reads, ≤ 2 writes);
 * nothing scans. Counted on the DynamoDB client itself, so a route that reads again fails here.
 * A hint that is stale (another process wrote since) never lets a write through or changes an answer.
 * An on-site evaluation carrying the self-evaluation's evidence costs a cold scoring worker no
 * more calls than the self-evaluation does: the inherited files are on the item it reads anyway.
 */

let h: Harness;
/** Every DynamoDB command sent through the harness's client while `counting` is on. */
const sent: string[] = [];
let counting = false;

beforeAll(async () => {
  h = await startHarness();
  h.client.middlewareStack.add(
    (next, context) => (args) => {
      if (counting) sent.push((context as { commandName?: string }).commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'hotPathCallCounter' },
  );
  // Scoring runs in the same process after a submit answers; these tests count the route alone.
  h.local.queue.attach(async () => undefined);
});
afterAll(() => h?.close());

/** The DynamoDB commands one call of `run` sends, by name. */
async function callsOf<T>(run: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }> {
  sent.length = 0;
  counting = true;
  try {
    const result = await run();
    return { result, calls: Object.fromEntries([...new Set(sent)].sort().map((name) => [name, sent.filter((n) => n === name).length])) };
  } finally {
    counting = false;
  }
}

/** Another API process on the same table: its own hints, the same signing key; no scoring, as above. */
function otherProcess(): LocalApp {
  const app = createLocalApp({ client: h.client, config: h.config, accounts: ACCOUNTS, baseUrl: 'http://localhost', signer: h.local.signer });
  app.queue.attach(async () => undefined);
  return app;
}

async function call(app: LocalApp, method: string, path: string, who: Who, body?: unknown) {
  const res = await app.app.request(path, { method, headers: { authorization: `Bearer ${h.tokens[who]}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

const reads = (calls: Record<string, number>) => (calls.GetItemCommand ?? 0) + (calls.QueryCommand ?? 0) + (calls.ScanCommand ?? 0);
const writes = (calls: Record<string, number>) => (calls.PutItemCommand ?? 0) + (calls.UpdateItemCommand ?? 0) + (calls.DeleteItemCommand ?? 0);

async function setRoundStatus(status: 'open' | 'closed', app?: LocalApp) {
  const round = (await h.api('GET', `/api/rounds/${ROUND_ID}`, { as: 'admin' })).body;
  const { name, checklistId, checklistVersion, type, year, institutionIds, expertIds } = round;
  const body = { version: round.version, name, checklistId, checklistVersion, type, year, institutionIds, expertIds, status };
  const res = app ? await call(app, 'PUT', `/api/rounds/${ROUND_ID}`, 'admin', body) : await h.api('PUT', `/api/rounds/${ROUND_ID}`, { as: 'admin', body });
  expect(res.status).toBe(200);
}

describe('DynamoDB calls on the hot paths', () => {
  it('a save is one conditional PutItem and no read; a submit at most 2 reads and 2 writes; neither scans', async () => {
    const draft = await draftFor(h);
    // The first save may read the round (its cached copy is older than the staleness bound).
    const first = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'insta', body: { version: draft.version, answers: { beds: 3 } } });
    expect(first.status).toBe(200);

    const save = await callsOf(() => h.api('PUT', `/api/submissions/${draft.id}`, { as: 'insta', body: { version: first.body.version, answers: { beds: 12, hasIcu: true } } }));
    expect(save.result.status).toBe(200);
    expect(save.calls).toEqual({ PutItemCommand: 1 });

    const submit = await callsOf(() => h.api('POST', `/api/submissions/${draft.id}/submit`, { as: 'insta', body: { version: save.result.body.version } }));
    expect([submit.result.status, submit.result.body.status]).toEqual([202, 'submitted']);
    expect(reads(submit.calls)).toBeLessThanOrEqual(2);
    expect(writes(submit.calls)).toBeLessThanOrEqual(2);
    expect(submit.calls.ScanCommand ?? 0).toBe(0);
    expect(submit.calls.QueryCommand ?? 0).toBe(0);
  });

  it('a process that has not seen the submission reads it and its round once, and the checklist only on its first use', async () => {
    const other = otherProcess();
    const current = (await h.api('GET', '/api/submissions/r1.inst-a.self', { as: 'insta' })).body;
    const returned = await h.api('POST', '/api/submissions/r1.inst-a.self/return', { as: 'expert', body: { version: current.version, comment: '请补充' } });
    expect(returned.status).toBe(200);
    const save = await callsOf(() => call(other, 'PUT', '/api/submissions/r1.inst-a.self', 'insta', { version: returned.body.version, answers: { beds: 14, hasIcu: true } }));
    expect(save.result.status).toBe(200);
    // The user's status (is the account disabled?), which it then keeps for 30 s and a write
    // waits for; the submission with its round, in one request; the checklist record this new
    // process has not compiled yet.
    expect(save.calls).toEqual({ GetItemCommand: 2, BatchGetItemCommand: 1, PutItemCommand: 1 });
    const submit = await callsOf(() => call(other, 'POST', '/api/submissions/r1.inst-a.self/submit', 'insta', { version: save.result.body.version }));
    expect(submit.result.status).toBe(202);
    expect(submit.calls).toEqual({ PutItemCommand: 1 });
  });

  it("a cold process answers a signed-in read of a submission with one request to the table: the user's status, the submission and its round", async () => {
    const other = otherProcess();
    const read = await callsOf(() => call(other, 'GET', '/api/submissions/r1.inst-a.self', 'insta'));
    expect([read.result.status, read.result.body.id]).toEqual([200, 'r1.inst-a.self']);
    expect(read.calls).toEqual({ BatchGetItemCommand: 1 });
  });
});

describe('hints that another process made stale', () => {
  it('a save at a version another process has moved past is a 409 version-conflict and overwrites nothing; at the current version it is saved', async () => {
    const draft = await draftFor(h, 'instb', 'inst-b');
    const mine = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', body: { version: draft.version, answers: { beds: 1 } } });
    expect(mine.status).toBe(200);
    // Another process saves: this process still holds the submission at mine.body.version.
    const theirs = await call(otherProcess(), 'PUT', `/api/submissions/${draft.id}`, 'instb', { version: mine.body.version, answers: { beds: 99 } });
    expect(theirs.status).toBe(200);

    const stale = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', body: { version: mine.body.version, answers: { beds: 2 } } });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'version-conflict']);
    expect((await h.api('GET', `/api/submissions/${draft.id}`, { as: 'instb' })).body.answers).toEqual({ beds: 99 });

    const fresh = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', body: { version: theirs.body.version, answers: { beds: 3 } } });
    expect([fresh.status, fresh.body.answers]).toEqual([200, { beds: 3 }]);
  });

  it('a submission another process submitted cannot be saved from a draft hint: 409 invalid-state at its current version, version-conflict at the old one', async () => {
    const draft = (await h.api('GET', '/api/submissions/r1.inst-b.self', { as: 'instb' })).body;
    const saved = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', body: { version: draft.version, answers: { beds: 12, hasIcu: true } } });
    expect(saved.status).toBe(200);
    const submitted = await call(otherProcess(), 'POST', `/api/submissions/${draft.id}/submit`, 'instb', { version: saved.body.version });
    expect(submitted.status).toBe(202);

    const old = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', body: { version: saved.body.version, answers: { beds: 1 } } });
    expect([old.status, old.body.error.code]).toEqual([409, 'version-conflict']);
    const current = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', body: { version: submitted.body.version, answers: { beds: 1 } } });
    expect([current.status, current.body.error.code]).toEqual([409, 'invalid-state']);
  });

  it('a round closed through this process refuses the next save at once; closed through another, a stale open round is not what answers a refusal', async () => {
    const expertDraft = await draftFor(h, 'expert', 'inst-a', 'expert');
    const saved = await h.api('PUT', `/api/submissions/${expertDraft.id}`, { as: 'expert', body: { version: expertDraft.version, answers: { beds: 5 } } });
    expect(saved.status).toBe(200);
    await setRoundStatus('closed');
    const refused = await h.api('PUT', `/api/submissions/${expertDraft.id}`, { as: 'expert', body: { version: saved.body.version, answers: { beds: 6 } } });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'invalid-state']);

    // Re-opened by another process: this one's cached round says closed, but a refusal is decided on fresh reads.
    await setRoundStatus('open', otherProcess());
    const reopened = await h.api('PUT', `/api/submissions/${expertDraft.id}`, { as: 'expert', body: { version: saved.body.version, answers: { beds: 6 } } });
    expect(reopened.status).toBe(200);
  });
});

describe("an on-site evaluation that inherits the self-evaluation's evidence", () => {
  it('submits in at most 2 reads and 2 writes, and is scored with the same reads and writes as the self-evaluation (the files are on the item)', async () => {
    // A round of its own: the tests above leave r1's submissions in states they chose.
    const admin = { sub: 'u-admin', username: 'admin', role: 'admin' } as const;
    await h.local.services.rounds.create(admin, { id: 'r2', name: { zh: '现场轮次' }, checklistId: 'it-mini', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-b'], expertIds: ['expert'] });
    const self = (await h.api('POST', '/api/submissions', { as: 'instb', body: { roundId: 'r2', kind: 'self' } })).body;
    const bytes = 'ICU %PDF';
    const ticket = await h.api('POST', `/api/submissions/${self.id}/evidence`, { as: 'instb', body: { criterionId: 'icu', fileName: 'icu.pdf', contentType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } });
    const url = new URL(ticket.body.upload.url);
    expect((await h.api('PUT', url.pathname + url.search, { headers: { 'content-type': 'application/pdf' }, raw: bytes })).status).toBe(204);
    const saved = await h.api('PUT', `/api/submissions/${self.id}`, { as: 'instb', body: { version: self.version, answers: { beds: 12, hasIcu: true }, evidence: { icu: [ticket.body.file] } } });
    expect((await h.api('POST', `/api/submissions/${self.id}/submit`, { as: 'instb', body: { version: saved.body.version } })).status).toBe(202);

    const onSite = await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: 'r2', institutionId: 'inst-b', kind: 'expert', prefillFrom: self.id } });
    expect(onSite.body.inheritedEvidence.files.icu).toHaveLength(1);
    const submit = await callsOf(() => h.api('POST', `/api/submissions/${onSite.body.id}/submit`, { as: 'expert', body: { version: onSite.body.version } }));
    expect([submit.result.status, submit.result.body.status]).toEqual([202, 'submitted']);
    expect(reads(submit.calls)).toBeLessThanOrEqual(2);
    expect(writes(submit.calls)).toBeLessThanOrEqual(2);

    // Each scored by a fresh worker (nothing cached), as a cold scoring Lambda would.
    const scoreCold = (submissionId: string) => callsOf(() => createScoreSubmission({ repos: h.local.repos, engine: createDefaultEngine(), clock: { now: () => new Date() } })({ submissionId, revision: 1, requestedBy: 'test', reason: 'submitted' }));
    const selfScored = await scoreCold(self.id);
    const onSiteScored = await scoreCold(onSite.body.id);
    expect([selfScored.result, onSiteScored.result]).toEqual([{ outcome: 'scored' }, { outcome: 'scored' }]);
    expect(onSiteScored.calls).toEqual(selfScored.calls);
    expect((selfScored.calls.QueryCommand ?? 0) + (selfScored.calls.ScanCommand ?? 0)).toBe(0);
  });
});
