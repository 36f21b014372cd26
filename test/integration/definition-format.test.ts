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

describe('format 1.1 through the API', () => {
  it('a wrong target is a 400 whose issue says what the kind needs, with params for the web app', async () => {
    const broken = { ...mini, version: 5, criteria: [{ ...(mini.criteria as object[])[0], target: '1:1.6' }, (mini.criteria as object[])[1]] };
    const res = await h.api('POST', '/api/checklists', { as: 'admin', body: broken });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({
      path: '/criteria/0/target', code: 'target-shape', params: { kind: 'numeric', problem: 'not-an-object', got: '"1:1.6"' },
      message: expect.stringContaining('for example { "op": ">=", "value": 35 }'),
    })]);
  });

  it('publishes a repeat group with a row-relative detail layout and scores a criterion summing its column', async () => {
    const form = mini.form as { schema: { properties: Record<string, unknown> }; uischema: { elements: unknown[] } };
    const definition = {
      ...mini,
      id: 'it-wards',
      form: {
        schema: { ...form.schema, properties: { ...form.schema.properties, wards: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, beds: { type: 'integer' } } } } } },
        uischema: { ...form.uischema, elements: [...form.uischema.elements, { type: 'Control', scope: '#/properties/wards', options: { detail: { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }, { type: 'Control', scope: '#/properties/beds' }] } } }] },
      },
      criteria: [...(mini.criteria as object[]), { id: 'ward-beds', section: 's1', title: { zh: '病区床位合计' }, clause: '一(三)', kind: 'count', value: { rows: 'wards', sum: 'beds' }, target: { op: '>=', value: 20 }, weight: 1 }],
    };
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: definition })).status).toBe(201);
    const dry = await h.api('POST', '/api/checklists/dry-run', {
      as: 'admin',
      body: { definition: { ...definition, version: 2 }, sample: { context: { year: 2025, round: 'final' }, answers: { beds: 12, wards: [{ name: '一', beds: 12 }, { name: '二', beds: 9 }] } } },
    });
    expect(dry.body.result.criteria.find((c: { id: string }) => c.id === 'ward-beds')).toMatchObject({ status: 'met', actual: { value: 21 } });
  });
});
