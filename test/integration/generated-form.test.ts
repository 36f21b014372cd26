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
const emr = { id: 'emr-it', version: 1, title: { zh: '电子病历' }, levels: [level('3', '3级'), level('4', '4级'), level('5', '5级')] };

/** The mini checklist written criteria first: no form, an ordinal criterion on a referenced standard scale. */
function formless(version: number): Record<string, unknown> {
  const { form: _form, ...rest } = mini;
  return {
    ...rest,
    format: 1.1,
    id: 'it-formless',
    version,
    scales: { emr: { ref: 'emr-it@1' } },
    criteria: [
      ...(mini.criteria as object[]),
      { id: 'emr', section: 's1', title: { zh: '电子病历等级' }, clause: '一(三)', kind: 'ordinal', scale: 'emr', value: { field: 'emr' }, target: { op: '>=', level: '4' }, weight: 1 },
    ],
  };
}

describe('a definition without a form', () => {
  beforeAll(async () => {
    expect((await h.api('POST', '/api/scales', { as: 'admin', body: emr })).status).toBe(201);
  });

  it('is published with the generated form stored, so the version reads and scores without regenerating', async () => {
    const res = await h.api('POST', '/api/checklists', { as: 'admin', body: formless(1) });
    expect(res.status).toBe(201);
    const stored = (await h.api('GET', '/api/checklists/it-formless', { as: 'insta' })).body.definition;
    expect(stored.form.schema.properties).toEqual({
      beds: { type: 'number', title: '床位（张）', description: '目标：≥ 10张（不低于）' },
      hasIcu: { type: 'boolean', title: '重症监护', description: '目标：是（须做到）' },
      // The levels come from the standard scale: references are expanded before the form is generated.
      emr: { type: 'string', title: '电子病历等级', oneOf: [{ const: '3', title: '3级' }, { const: '4', title: '4级' }, { const: '5', title: '5级' }], description: '目标：不低于4级' },
    });
    expect(stored.form.uischema).toEqual({
      type: 'Categorization',
      elements: [{ type: 'Category', label: '第一部分', i18n: 's1', elements: ['beds', 'hasIcu', 'emr'].map((k) => ({ type: 'Control', scope: `#/properties/${k}` })) }],
    });
    expect(stored.form.i18n).toEqual({ en: { 'beds.description': 'Target: at least 10 beds', 'hasIcu.description': 'Target: yes (required)', 'emr.description': 'Target: at least 4级' } });
    expect(stored.scales.emr).toMatchObject({ standard: 'emr-it@1' });
    // The stored definition is complete: it publishes as it is (as a new version) with nothing left to generate.
    const again = await h.api('POST', '/api/checklists', { as: 'admin', body: { ...stored, version: 2 } });
    expect(again.status).toBe(201);
    expect((await h.api('GET', '/api/checklists/it-formless?version=2', { as: 'insta' })).body.definition.form).toEqual(stored.form);
  });

  it('dry-runs and scores a sample against the generated form', async () => {
    const res = await h.api('POST', '/api/checklists/dry-run', {
      as: 'admin',
      body: { definition: formless(9), sample: { context: { year: 2025, round: 'final', institutionType: 'general' }, answers: { beds: 12, hasIcu: true, emr: '3', extra: 1 } } },
    });
    expect(res.body).toMatchObject({ valid: true, issues: [] });
    expect(res.body.sampleIssues).toEqual([expect.objectContaining({ path: '/extra', code: 'answer-unknown' })]);
    expect(res.body.result.criteria.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([['beds', 'met'], ['icu', 'met'], ['emr', 'not-met']]);
  });

  it('that generation cannot satisfy is a 400 naming the problem, and nothing is written', async () => {
    const before = await h.snapshot();
    const bad = formless(3);
    (bad.criteria as Record<string, unknown>[])[2]!.scale = 'nope';
    const res = await h.api('POST', '/api/checklists', { as: 'admin', body: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toContainEqual(expect.objectContaining({ path: '/criteria/2/scale', code: 'unknown-scale' }));
    expect(await h.snapshot()).toBe(before);
  });
});
