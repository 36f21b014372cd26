import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_PATH, startHarness, type Harness } from './harness.js';

/**
 * Issue 7, items 1, 2 and 6: requests shaped to make the server work for seconds or answer with
 * megabytes. Each gets a small 4xx (or a fast, correct answer) and writes nothing it should not.
 */

let h: Harness;
let id: string;
let mini: Record<string, unknown>;
const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };

/** The mini checklist with a multi-select and a free-text field matching `pattern`, under another id. */
function hostileChecklist(checklistId: string, pattern: string) {
  const form = mini.form as { schema: { properties: Record<string, unknown> } };
  return {
    ...mini,
    id: checklistId,
    form: { ...form, schema: { ...form.schema, properties: { ...form.schema.properties, centres: { type: 'array', items: { type: 'string', enum: ['chest', 'stroke'] } }, code: { type: 'string', pattern } } } },
  };
}

beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: 1024 * 1024 });
  mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  await h.local.services.checklists.publish(admin, hostileChecklist('it-hostile', '^(a|a)*$'));
  await h.local.services.rounds.create(admin, { id: 'r-hostile', name: { zh: '测试' }, checklistId: 'it-hostile', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-a'], expertIds: [] });
  const created = await h.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 'r-hostile', kind: 'self' } });
  id = created.body.id;
});
afterAll(() => h?.close());

/** Saves answers at the submission's current version, so only the answers can be wrong. */
async function save(answers: unknown) {
  const { version } = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
  return h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version, answers } });
}

describe('hostile input', () => {
  it('an 800 KB save with 200,000 wrong items is a small 400 (it was a 120 MB response)', async () => {
    const body = JSON.stringify({ version: 1, answers: { centres: new Array(200_000).fill('xx') } });
    expect(body.length).toBeGreaterThan(800_000);
    const before = await h.snapshot();
    const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: '/answers', code: 'answer-too-large' })]);
    expect(res.text.length).toBeLessThan(2000);
    expect(await h.snapshot()).toBe(before);
  });

  it('many wrong items under the budget: the first 100 issues and a count of the rest', async () => {
    const res = await save({ centres: new Array(900).fill('xx') });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toHaveLength(100);
    expect(res.body.error.details.issues[0]).toMatchObject({ path: '/answers/centres/0', code: 'answer-enum' });
    expect(res.body.error.details.omittedIssues).toBe(800);
  });

  it('a string or list longer than the default limit is refused where the form sets none', async () => {
    const long = await save({ note: '长'.repeat(5001) });
    expect([long.status, long.body.error.details.issues]).toEqual([400, [expect.objectContaining({ path: '/answers/note', code: 'answer-maxLength' })]]);
    const many = await save({ centres: new Array(1001).fill('chest') });
    expect(many.body.error.details.issues).toEqual([expect.objectContaining({ path: '/answers/centres', code: 'answer-maxItems' })]);
    expect((await save({ note: '长'.repeat(5000), centres: ['chest'] })).status).toBe(200);
  });

  it('a hostile pattern cannot block the server: 29 × a + ! is refused at once, on save and in a dry run', async () => {
    const started = performance.now();
    const res = await save({ code: `${'a'.repeat(29)}!` });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: '/answers/code', code: 'answer-pattern' })]);
    const dry = await h.api('POST', '/api/checklists/dry-run', { as: 'admin', body: { definition: hostileChecklist('it-dry', '^(a|a)*$'), sample: { answers: { beds: 1, code: `${'a'.repeat(5000)}!` } } } });
    expect(dry.status).toBe(200);
    expect(dry.body.sampleIssues).toContainEqual(expect.objectContaining({ path: '/code', code: 'answer-pattern' }));
    // Not a timing test: the old engine took 17 s on the first request and forever on the second.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('a pattern that needs backtracking is refused at publish, at its path, and nothing is published', async () => {
    const before = await h.snapshot();
    const res = await h.api('POST', '/api/checklists', { as: 'admin', body: hostileChecklist('it-lookahead', '^(?=.*[0-9])[a-z0-9]+$') });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid-definition', details: { issues: [{ path: '/form/schema/properties/code/pattern', code: 'pattern-unsupported' }] } });
    expect(await h.snapshot()).toBe(before);
  });

  it('a 790 KB definition with 20,000 fields is refused by its size before anything compiles it', async () => {
    const huge = hostileChecklist('it-huge', '^a$') as { form: { schema: { properties: Record<string, unknown> } } };
    for (let i = 0; i < 20_000; i++) huge.form.schema.properties[`field${i}`] = { type: 'number', minimum: 0 };
    const body = JSON.stringify(huge);
    expect(body.length).toBeGreaterThan(700_000);
    const before = await h.snapshot();
    const published = await h.api('POST', '/api/checklists', { as: 'admin', body });
    expect([published.status, published.body.error.details.issues]).toEqual([400, [expect.objectContaining({ path: '/', code: 'definition-too-large' })]]);
    const dry = await h.api('POST', '/api/checklists/dry-run', { as: 'admin', body: `{"definition":${body}}` });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ valid: false, issues: [{ path: '/', code: 'definition-too-large' }] });
    expect(await h.snapshot()).toBe(before);
  });

  it('answers under prototype names are refused by name, not silently dropped (they were saved as nothing, 200)', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const { version } = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
      const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: `{"version":${version},"answers":{"${key}":["x"]}}` });
      expect([key, res.status]).toEqual([key, 400]);
      expect(res.body.error.details.issues).toContainEqual(expect.objectContaining({ path: `/answers/${key}`, code: 'answer-unknown' }));
    }
  });

  it('thousands of unknown keys with long names: the response stays smaller than the request', async () => {
    const answers = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`${'键'.repeat(50)}${i}`, 1]));
    const { version } = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
    const body = JSON.stringify({ version, answers });
    const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toHaveLength(100);
    expect(res.body.error.details.omittedIssues).toBeGreaterThanOrEqual(4900);
    expect(res.text.length).toBeLessThan(body.length);
  });
});
