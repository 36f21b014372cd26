import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, MINI_PATH, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  const v2 = {
    ...mini,
    format: 1.1,
    version: 2,
    context: [...mini.context, { id: 'county', label: { zh: '县' }, kind: 'enum', declaredBy: 'participant', options: [{ value: 'a', label: { zh: '甲县' } }, { value: 'b', label: { zh: '乙县' } }] }],
    contextRules: [{ when: { context: { institutionType: 'general' } }, then: { context: { county: 'a' } }, message: { zh: '本方案的综合医院均在甲县', en: 'General hospitals in this plan are in county A' } }],
  };
  expect((await h.api('POST', '/api/checklists', { as: 'admin', body: v2 })).status).toBe(201);
  const round = (await h.api('GET', '/api/rounds/r1', { as: 'admin' })).body;
  const { id: _id, version, createdAt: _c, updatedAt: _u, audit: _a, createdBy: _b, ...fields } = round;
  const moved = await h.api('PUT', '/api/rounds/r1', { as: 'admin', body: { ...fields, version, checklistVersion: 2 } });
  expect(moved.status).toBe(200);
});
afterAll(() => h?.close());

describe('context that contradicts the checklist\'s context rules', () => {
  it('is a 400 naming the problem when saved (and so never submitted), and scores once fixed', async () => {
    const { id } = await draftFor(h);
    const before = await h.snapshot();
    const refused = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 11, hasIcu: true }, context: { county: 'b' } } });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'invalid-submission']);
    expect(refused.body.error.details.issues).toEqual([expect.objectContaining({ path: '/context/county', code: 'context-conflict', message: expect.stringContaining('本方案的综合医院均在甲县') })]);
    expect(await h.snapshot()).toBe(before);

    const saved = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 11, hasIcu: true }, context: { county: 'a' } } });
    expect(saved.status).toBe(200);
    expect((await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: 2 } })).status).toBe(202);
    await h.local.queue.idle();
    expect((await h.api('GET', `/api/submissions/${id}/result`, { as: 'insta' })).body).toMatchObject({ total: 100, checklist: { version: 2 } });
  });
});
