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

const level = (value: string, zh: string) => ({ value, label: { zh } });
const grade1 = { id: 'grade', version: 1, title: { zh: '医院等级' }, levels: [level('2', '二级'), level('3', '三级')] };

/** The mini checklist with an ordinal criterion on a `grade` scale that references a standard scale. */
function withGradeRef(ref: string, version: number) {
  const form = mini.form as { schema: { properties: Record<string, unknown> }; uischema: unknown };
  return {
    ...mini,
    id: 'it-scaled',
    version,
    scales: { grade: { ref } },
    form: { ...form, schema: { ...form.schema, properties: { ...form.schema.properties, grade: { type: 'string', enum: ['2', '3'] } } } },
    criteria: [
      ...(mini.criteria as object[]),
      { id: 'grade', section: 's1', title: { zh: '等级' }, clause: '一(三)', kind: 'ordinal', scale: 'grade', value: { field: 'grade' }, target: { op: '>=', level: '3' }, weight: 1 },
    ],
  };
}

describe('standard scales', () => {
  it('are published by admins only, validated, immutable per (id, version), and readable by signed-in users', async () => {
    expect((await h.api('POST', '/api/scales', { as: 'expert', body: grade1 })).status).toBe(403);
    const bad = await h.api('POST', '/api/scales', { as: 'admin', body: { ...grade1, levels: [level('2', '二级'), level('2', '又二级')] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([expect.objectContaining({ path: '/levels/1/value', code: 'duplicate-id' })]);
    const created = await h.api('POST', '/api/scales', { as: 'admin', body: grade1 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'grade', version: 1, publishedBy: 'admin' });
    const again = await h.api('POST', '/api/scales', { as: 'admin', body: { ...grade1, title: { zh: '改过的' } } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already-exists');
    expect((await h.api('GET', '/api/scales', { as: 'insta' })).body.items).toEqual([expect.objectContaining({ id: 'grade', version: 1, title: { zh: '医院等级' } })]);
    expect((await h.api('GET', '/api/scales/grade', { as: 'insta' })).body.scale.levels).toEqual(grade1.levels);
    expect((await h.api('GET', '/api/scales/grade?version=2', { as: 'insta' })).status).toBe(404);
  });

  it('a checklist referencing one is stored expanded, and a later scale version does not change it', async () => {
    const res = await h.api('POST', '/api/checklists', { as: 'admin', body: withGradeRef('grade@1', 1) });
    expect(res.status).toBe(201);
    const stored = await h.api('GET', '/api/checklists/it-scaled', { as: 'insta' });
    expect(stored.body.definition.scales.grade).toEqual({ standard: 'grade@1', title: grade1.title, levels: grade1.levels });
    expect((await h.api('POST', '/api/scales', { as: 'admin', body: { ...grade1, version: 2, levels: [level('1', '一级'), ...grade1.levels] } })).status).toBe(201);
    expect((await h.api('GET', '/api/checklists/it-scaled', { as: 'insta' })).body.definition.scales.grade.levels).toEqual(grade1.levels);
  });

  it('dry-runs a definition with a reference and scores its sample', async () => {
    const res = await h.api('POST', '/api/checklists/dry-run', {
      as: 'admin',
      body: { definition: withGradeRef('grade@2', 9), sample: { context: { year: 2025, round: 'final' }, answers: { beds: 12, hasIcu: true, grade: '3' } } },
    });
    expect(res.body).toMatchObject({ valid: true, issues: [] });
    expect(res.body.result.criteria.find((c: { id: string }) => c.id === 'grade')).toMatchObject({ status: 'met', actual: { text: { zh: '三级' } } });
  });

  it('an unknown reference is a 400 naming the published versions, and nothing is written', async () => {
    const before = await h.snapshot();
    const res = await h.api('POST', '/api/checklists', { as: 'admin', body: withGradeRef('grade@7', 2) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid-definition');
    expect(res.body.error.details.issues).toEqual([{
      path: '/scales/grade/ref', code: 'unknown-standard-scale', params: { ref: 'grade@7', versions: ['grade@1', 'grade@2'] },
      message: 'standard scale "grade@7" is not published (published versions: grade@1, grade@2)',
    }]);
    const malformed = await h.api('POST', '/api/checklists', { as: 'admin', body: withGradeRef('grade', 2) });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.issues[0]).toMatchObject({ path: '/scales/grade/ref', code: 'invalid-regex' });
    expect(await h.snapshot()).toBe(before);
  });
});
