import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, ROUND_ID, startHarness, type Harness } from './harness.js';

/** A round's checklist version is what its submissions are scored against: it moves only by re-scoring. */

let h: Harness;
let definition: Record<string, unknown> & { criteria: Record<string, unknown>[] };
beforeAll(async () => {
  h = await startHarness();
  definition = (await h.api('GET', '/api/checklists/it-mini', { as: 'admin' })).body.definition;
  for (const version of [2, 3]) expect((await h.api('POST', '/api/checklists', { as: 'admin', body: { ...definition, version } })).status).toBe(201);
});
afterAll(() => h?.close());

const roundBody = async (id: string) => {
  const { id: _id, createdAt: _c, updatedAt: _u, audit: _a, ...fields } = (await h.api('GET', `/api/rounds/${id}`, { as: 'admin' })).body;
  return fields as { version: number; checklistVersion: number; [k: string]: unknown };
};

describe("a round's checklist version", () => {
  it('may change while the round has no submission', async () => {
    const created = await h.api('POST', '/api/rounds', {
      as: 'admin',
      body: { id: 'r-empty', name: { zh: '空轮次' }, checklistId: 'it-mini', checklistVersion: 1, type: 'baseline', year: 2025, institutionIds: ['inst-a'], expertIds: [] },
    });
    expect(created.status).toBe(201);
    const res = await h.api('PUT', '/api/rounds/r-empty', { as: 'admin', body: { ...(await roundBody('r-empty')), checklistVersion: 2 } });
    expect([res.status, res.body.checklistVersion]).toEqual([200, 2]);
  });

  it('cannot change once the round has a submission: 409 invalid-state pointing at the round re-score, nothing written', async () => {
    await draftFor(h);
    const body = await roundBody(ROUND_ID);
    const before = await h.snapshot();
    const res = await h.api('PUT', `/api/rounds/${ROUND_ID}`, { as: 'admin', body: { ...body, checklistVersion: 2 } });
    expect([res.status, res.body.error?.code]).toEqual([409, 'invalid-state']);
    expect(res.body.error.message).toContain(`POST /api/rounds/${ROUND_ID}/rescore`);
    expect(await h.snapshot()).toBe(before);
    // Everything else about the round can still change.
    const renamed = await h.api('PUT', `/api/rounds/${ROUND_ID}`, { as: 'admin', body: { ...body, name: { zh: '改名' } } });
    expect([renamed.status, renamed.body.checklistVersion]).toEqual([200, 1]);
  });

  it('moves with a round re-score, recorded on the round in one conditional write (version + 1, audited); new drafts use it', async () => {
    const { id } = await draftFor(h, 'instb', 'inst-b');
    expect((await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: 1, answers: { beds: 20, hasIcu: true } } })).status).toBe(200);
    expect((await h.api('POST', `/api/submissions/${id}/submit`, { as: 'instb', body: { version: 2 } })).status).toBe(202);
    await h.local.queue.idle();
    const before = await roundBody(ROUND_ID);

    const res = await h.api('POST', `/api/rounds/${ROUND_ID}/rescore`, { as: 'admin', body: { checklistVersion: 2 } });
    expect(res.status).toBe(202);
    expect(res.body.queued).toEqual([id]);
    await h.local.queue.idle();
    const round = (await h.api('GET', `/api/rounds/${ROUND_ID}`, { as: 'admin' })).body;
    expect([round.checklistVersion, round.version]).toEqual([2, before.version + 1]);
    expect(round.audit.at(-1)).toMatchObject({ action: 'rescore', by: 'admin', version: before.version + 1, changes: { checklistVersion: [1, 2] } });
    expect((await h.api('GET', `/api/submissions/${id}/result`, { as: 'instb' })).body.checklist.version).toBe(2);
    const expertDraft = await draftFor(h, 'expert', 'inst-b', 'expert');
    expect((await h.api('GET', `/api/submissions/${expertDraft.id}`, { as: 'expert' })).body.checklistVersion).toBe(2);

    // Re-scoring with the round's own version (or none) leaves the round as it is.
    for (const body of [{}, { checklistVersion: 2 }]) {
      expect((await h.api('POST', `/api/rounds/${ROUND_ID}/rescore`, { as: 'admin', body })).status).toBe(202);
      expect((await h.api('GET', `/api/rounds/${ROUND_ID}`, { as: 'admin' })).body.version).toBe(round.version);
    }
    await h.local.queue.idle();
  });

  it('a round re-score refuses to move the round onto a retired version, and writes nothing', async () => {
    expect((await h.api('POST', '/api/checklists/it-mini/versions/3/retire', { as: 'admin', body: {} })).status).toBe(200);
    const before = await h.snapshot();
    const res = await h.api('POST', `/api/rounds/${ROUND_ID}/rescore`, { as: 'admin', body: { checklistVersion: 3 } });
    expect([res.status, res.body.error?.code]).toEqual([400, 'invalid-reference']);
    expect(await h.snapshot()).toBe(before);
  });
});

describe('a new round through the API', () => {
  it('is a 400 naming each mistake (unknown institution, no participants, unknown or non-expert accounts), and nothing is written', async () => {
    const before = await h.snapshot();
    const base = { id: 'r-bad', name: { zh: '错轮次' }, checklistId: 'it-mini', checklistVersion: 1, type: 'annual', year: 2025 };
    const bad = await h.api('POST', '/api/rounds', { as: 'admin', body: { ...base, institutionIds: ['inst-a', 'nowhere'], expertIds: ['expert', 'ghost', 'insta'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid-reference');
    expect(bad.body.error.details.issues).toEqual([
      expect.objectContaining({ path: '/institutionIds/1', code: 'unknown-institution', message: '机构 nowhere 不存在 (institution nowhere does not exist)' }),
      expect.objectContaining({ path: '/expertIds/1', code: 'unknown-expert', message: '专家账号 ghost 不存在 (expert account ghost does not exist)' }),
      expect.objectContaining({ path: '/expertIds/2', code: 'not-expert', params: { id: 'insta', role: 'institution' } }),
    ]);
    const empty = await h.api('POST', '/api/rounds', { as: 'admin', body: { ...base, institutionIds: [], expertIds: [] } });
    expect([empty.status, empty.body.error.details.issues.map((i: { code: string }) => i.code)]).toEqual([400, ['no-participants']]);
    expect(await h.snapshot()).toBe(before);
    expect((await h.api('POST', '/api/rounds', { as: 'admin', body: { ...base, institutionIds: ['inst-a'], expertIds: ['expert'] } })).status).toBe(201);
  });
});
