import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_PATH, startHarness, type Harness } from './harness.js';

let h: Harness;
let mini: Record<string, unknown>;
beforeAll(async () => {
  h = await startHarness();
  mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
});
afterAll(() => h?.close());

describe('checklists', () => {
  it('lists published checklists (newest version of each) and gets one with its definition', async () => {
    const list = await h.api('GET', '/api/checklists', { as: 'insta' });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: 'it-mini', version: 1, status: 'published', title: { zh: '集成测试清单', en: 'Integration test checklist' } })]);
    expect(list.body.items[0].definition).toBeUndefined();
    const one = await h.api('GET', '/api/checklists/it-mini', { as: 'expert' });
    expect(one.body.definition.criteria).toHaveLength(2);
  });

  it('publishes a new version (201), refuses the same id and version again (409)', async () => {
    const v2 = { ...mini, version: 2, title: { zh: '集成测试清单 第二版' } };
    const created = await h.api('POST', '/api/checklists', { as: 'admin', body: v2 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'it-mini', version: 2, publishedBy: 'admin' });
    const again = await h.api('POST', '/api/checklists', { as: 'admin', body: v2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already-exists');
    expect((await h.api('GET', '/api/checklists', { as: 'admin' })).body.items.map((c: { version: number }) => c.version)).toEqual([2]);
    expect((await h.api('GET', '/api/checklists/it-mini?version=1', { as: 'admin' })).body.version).toBe(1);
    expect((await h.api('GET', '/api/checklists/it-mini/versions', { as: 'admin' })).body.items.map((c: { version: number }) => c.version)).toEqual([2, 1]);
  });

  it('rejects an invalid definition with every problem and its path, writing nothing', async () => {
    const before = await h.snapshot();
    const broken = { ...mini, version: 3, bands: [{ id: 'x', label: { zh: '甲' }, min: 50 }], criteria: [{ ...(mini.criteria as object[])[0], value: { field: 'nope' } }] };
    const res = await h.api('POST', '/api/checklists', { as: 'admin', body: broken });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid-definition');
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/bands', '/criteria/0/value/field']));
    expect(await h.snapshot()).toBe(before);
  });

  it('dry-runs a definition with a sample without storing anything', async () => {
    const before = await h.snapshot();
    const res = await h.api('POST', '/api/checklists/dry-run', {
      as: 'admin',
      body: { definition: { ...mini, version: 9 }, sample: { context: { year: 2025, round: 'final' }, answers: { beds: 5, hasIcu: true } } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: true, issues: [], sampleIssues: [] });
    expect(res.body.result.criteria[0]).toMatchObject({ id: 'beds', status: 'not-met' });
    expect(res.body.warnings).toEqual([]);
    // A veto that does not say where it comes from is accepted (format 1) with a warning naming it.
    const unexplained = { ...mini, version: 9, criteria: (mini.criteria as object[]).map((c, i) => (i === 1 ? { ...c, veto: true } : c)) };
    const warned = await h.api('POST', '/api/checklists/dry-run', { as: 'admin', body: { definition: unexplained } });
    expect(warned.body).toMatchObject({ valid: true, issues: [], warnings: [{ path: '/criteria/1/veto', code: 'veto-basis-missing' }] });
    const invalid = await h.api('POST', '/api/checklists/dry-run', { as: 'admin', body: { definition: { ...mini, format: 2 } } });
    expect(invalid.body.valid).toBe(false);
    expect(invalid.body.issues[0].path).toBe('/format');
    expect(await h.snapshot()).toBe(before);
  });

  it('retires a version: it leaves the list but stays readable; retiring is versioned', async () => {
    const res = await h.api('POST', '/api/checklists/it-mini/versions/2/retire', { as: 'admin', body: { itemVersion: 1 } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('retired');
    expect((await h.api('GET', '/api/checklists', { as: 'admin' })).body.items.map((c: { version: number }) => c.version)).toEqual([1]);
    expect((await h.api('GET', '/api/checklists/it-mini?version=2', { as: 'admin' })).body.status).toBe('retired');
    const stale = await h.api('POST', '/api/checklists/it-mini/versions/2/retire', { as: 'admin', body: { itemVersion: 1 } });
    expect(stale.status).toBe(409);
  });

  it('404 for an unknown checklist or version, 400 for a malformed version', async () => {
    expect((await h.api('GET', '/api/checklists/unknown', { as: 'admin' })).status).toBe(404);
    expect((await h.api('GET', '/api/checklists/it-mini?version=7', { as: 'admin' })).status).toBe(404);
    expect((await h.api('GET', '/api/checklists/it-mini?version=x', { as: 'admin' })).status).toBe(400);
  });
});

describe('regions, institutions, rounds', () => {
  it('creates, reads and updates with version checks', async () => {
    const region = await h.api('POST', '/api/regions', { as: 'admin', body: { id: 'reg2', name: { zh: '另一县' }, level: 'county', parentId: 'reg' } });
    expect(region.status).toBe(201);
    expect((await h.api('GET', '/api/regions/reg2', { as: 'insta' })).body.parentId).toBe('reg');
    expect((await h.api('GET', '/api/regions', { as: 'admin' })).body.items).toHaveLength(2);
    const updated = await h.api('PUT', '/api/regions/reg2', { as: 'admin', body: { version: 1, name: { zh: '另一县', en: 'Another county' }, level: 'county', parentId: 'reg' } });
    expect(updated.body).toMatchObject({ version: 2, audit: [expect.anything(), expect.objectContaining({ action: 'update', changes: { keys: ['name'] } })] });
    expect((await h.api('PUT', '/api/regions/reg2', { as: 'admin', body: { version: 1, name: { zh: 'x' }, level: 'county' } })).status).toBe(409);
    expect((await h.api('POST', '/api/regions', { as: 'admin', body: { id: 'reg3', name: { zh: 'y' }, level: 'city', parentId: 'ghost' } })).status).toBe(400);
    // reg2 lies below reg: reg cannot move under it (a loop in the tree), and nothing changes.
    const loop = await h.api('PUT', '/api/regions/reg', { as: 'admin', body: { version: 1, name: { zh: '测试市' }, level: 'city', parentId: 'reg2' } });
    expect(loop.status).toBe(400);
    expect(loop.body.error.details.issues).toEqual([expect.objectContaining({ path: '/parentId', code: 'cycle' })]);
    expect((await h.api('PUT', '/api/regions/reg2', { as: 'admin', body: { version: 2, name: { zh: '另一县' }, level: 'village' } })).status).toBe(400);
    expect((await h.api('GET', '/api/regions/reg', { as: 'admin' })).body).toMatchObject({ version: 1 });

    const inst = await h.api('POST', '/api/institutions', { as: 'admin', body: { id: 'inst-d', name: { zh: '丁医院' }, regionId: 'reg2' } });
    expect(inst.status).toBe(201);
    expect((await h.api('GET', '/api/institutions?regionId=reg2', { as: 'admin' })).body.items.map((i: { id: string }) => i.id)).toEqual(['inst-d']);
    const instUpdate = await h.api('PUT', '/api/institutions/inst-d', { as: 'admin', body: { version: 1, name: { zh: '丁医院' }, regionId: 'reg', context: { institutionType: 'tcm' } } });
    expect(instUpdate.body).toMatchObject({ version: 2, regionId: 'reg' });
    expect((await h.api('GET', '/api/institutions?regionId=reg2', { as: 'admin' })).body.items).toEqual([]);
    expect((await h.api('POST', '/api/institutions', { as: 'admin', body: { id: 'inst-d', name: { zh: '丁' }, regionId: 'reg' } })).status).toBe(409);

    const round = await h.api('POST', '/api/rounds', {
      as: 'admin',
      body: { id: 'r2', name: { zh: '基线' }, checklistId: 'it-mini', checklistVersion: 1, type: 'baseline', year: 2023, institutionIds: ['inst-d'], expertIds: ['expert2'] },
    });
    expect(round.status).toBe(201);
    expect(round.body.status).toBe('open');
    const badRound = await h.api('POST', '/api/rounds', {
      as: 'admin',
      body: { id: 'r3', name: { zh: '坏' }, checklistId: 'it-mini', checklistVersion: 2, type: 'final', year: 2025, institutionIds: ['ghost'], expertIds: [] },
    });
    expect(badRound.status).toBe(400);
    expect(badRound.body.error.details.issues.map((i: { code: string }) => i.code).sort()).toEqual(['retired-checklist', 'unknown-institution']);
    const closed = await h.api('PUT', '/api/rounds/r2', {
      as: 'admin',
      body: { version: 1, name: { zh: '基线' }, checklistId: 'it-mini', checklistVersion: 1, type: 'baseline', year: 2023, institutionIds: ['inst-d'], expertIds: ['expert2'], status: 'closed' },
    });
    expect(closed.body).toMatchObject({ version: 2, status: 'closed' });
    expect((await h.api('GET', '/api/rounds', { as: 'expert2' })).body.items.map((r: { id: string }) => r.id)).toEqual(['r2']);
    const late = await h.api('POST', '/api/submissions', { as: 'expert2', body: { roundId: 'r2', institutionId: 'inst-d', kind: 'expert' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid-state');
  });
});

describe('system routes', () => {
  it('health, OpenAPI document and Swagger UI need no token', async () => {
    expect((await h.api('GET', '/api/health')).body).toEqual({ status: 'ok' });
    const doc = await h.api('GET', '/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/submissions/{id}', '/api/rounds/{id}/results/export', '/api/checklists/dry-run']));
    expect(doc.body.paths['/api/submissions/{id}'].put.requestBody.content['application/json'].schema.required).toEqual(['version']);
    const docs = await h.api('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('SwaggerUIBundle');
  });

  it('logs in with a local account; wrong passwords get 401', async () => {
    const ok = await h.api('POST', '/api/auth/login', { body: { username: 'insta', password: 'pw' } });
    expect(ok.status).toBe(200);
    const me = await h.api('GET', '/api/submissions', { headers: { authorization: `Bearer ${ok.body.token}` } });
    expect(me.status).toBe(200);
    const bad = await h.api('POST', '/api/auth/login', { body: { username: 'insta', password: 'nope' } });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('unauthorized');
  });

  it('unknown routes get a JSON 404', async () => {
    const res = await h.api('GET', '/api/nothing-here', { as: 'admin' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not-found');
  });
});

describe('retiring a checklist version that rounds use', () => {
  it('a round on a version retired later can still be updated (e.g. closed); retiring twice is a 409 that writes nothing', async () => {
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: { ...mini, version: 5 } })).status).toBe(201);
    const fields = { name: { zh: '退役前' }, checklistId: 'it-mini', checklistVersion: 5, type: 'annual', year: 2026, institutionIds: ['inst-a'], expertIds: [] };
    expect((await h.api('POST', '/api/rounds', { as: 'admin', body: { id: 'r-retired', ...fields } })).status).toBe(201);
    expect((await h.api('POST', '/api/checklists/it-mini/versions/5/retire', { as: 'admin', body: {} })).status).toBe(200);

    const closed = await h.api('PUT', '/api/rounds/r-retired', { as: 'admin', body: { version: 1, ...fields, status: 'closed' } });
    expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
    // Moving a round onto a retired version is still refused.
    const moved = await h.api('PUT', '/api/rounds/r2', {
      as: 'admin',
      body: { version: 2, name: { zh: '基线' }, checklistId: 'it-mini', checklistVersion: 5, type: 'baseline', year: 2023, institutionIds: ['inst-d'], expertIds: ['expert2'], status: 'closed' },
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.issues[0].code).toBe('retired-checklist');

    const before = await h.snapshot();
    const again = await h.api('POST', '/api/checklists/it-mini/versions/5/retire', { as: 'admin', body: {} });
    expect([again.status, again.body.error.code]).toEqual([409, 'invalid-state']);
    expect(await h.snapshot()).toBe(before);
  });

  it('restoring the retired version: a stale read is a 409 and a published version a 400, each writing nothing; then it is listed again, with who restored it', async () => {
    const retired = (await h.api('GET', '/api/checklists/it-mini?version=5', { as: 'admin' })).body;
    const before = await h.snapshot();
    const stale = await h.api('POST', '/api/checklists/it-mini/versions/5/restore', { as: 'admin', body: { itemVersion: retired.itemVersion - 1 } });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'version-conflict']);
    expect((await h.api('POST', '/api/checklists/it-mini/versions/5/restore', { as: 'expert', body: {} })).status).toBe(403);
    expect(await h.snapshot()).toBe(before);

    const restored = await h.api('POST', '/api/checklists/it-mini/versions/5/restore', { as: 'admin', body: { itemVersion: retired.itemVersion } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ status: 'published', itemVersion: retired.itemVersion + 1, statusChange: { action: 'restore', by: 'admin' } });
    expect(restored.body.definition).toBeUndefined();
    const listed = (await h.api('GET', '/api/checklists?all=true', { as: 'admin' })).body.items.find((c: { version: number }) => c.version === 5);
    expect(listed).toMatchObject({ status: 'published', statusChange: { action: 'restore', by: 'admin' } });

    const afterRestore = await h.snapshot();
    const again = await h.api('POST', '/api/checklists/it-mini/versions/5/restore', { as: 'admin', body: {} });
    expect([again.status, again.body.error.code, again.body.error.details.issues[0].code]).toEqual([400, 'invalid-parameter', 'not-retired']);
    expect(await h.snapshot()).toBe(afterRestore);
  });
});

describe('submission ids', () => {
  it('round and institution ids cannot contain ".", which joins them into submission ids (r + a.b vs r.a + b)', async () => {
    const before = await h.snapshot();
    const inst = await h.api('POST', '/api/institutions', { as: 'admin', body: { id: 'a.b', name: { zh: '甲乙' }, regionId: 'reg' } });
    expect([inst.status, inst.body.error?.details.issues[0].path]).toEqual([400, '/id']);
    const round = await h.api('POST', '/api/rounds', {
      as: 'admin',
      body: { id: 'r1.inst-a', name: { zh: 'x' }, checklistId: 'it-mini', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-b'], expertIds: [] },
    });
    expect([round.status, round.body.error?.details.issues[0].path]).toEqual([400, '/id']);
    expect(await h.snapshot()).toBe(before);
  });
});
