import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_PATH, startHarness, type Harness } from './harness.js';

/**
 * The directory's create and edit refuse a context value no published checklist of the record's
 * subject accepts, as the import does: a client cannot store a code that silently leaves an
 * institution or a region out of the criteria it should meet. The harness publishes `it-mini`
 * (institutionType: general | tcm); this file adds a region checklist reading `population`.
 */
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  const regionChecklist = { ...mini, id: 'it-region-ctx', subject: 'region', context: [{ id: 'population', label: { zh: '常住人口' }, kind: 'number' }] };
  expect((await h.api('POST', '/api/checklists', { as: 'admin', body: regionChecklist })).status).toBe(201);
});
afterAll(() => h?.close());

describe('directory context values', () => {
  it('an institution with a code no checklist takes is a 400 naming the field and the accepted codes, and nothing is written', async () => {
    const before = await h.snapshot();
    const refused = await h.api('POST', '/api/institutions', { as: 'admin', body: { id: 'inst-x', name: { zh: '新医院' }, regionId: 'reg', context: { institutionType: 'hospital', beds: 3 } } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'validation-failed' });
    expect(refused.body.error.details.issues).toEqual([
      expect.objectContaining({ path: '/context/institutionType', code: 'not-allowed', params: { key: 'institutionType', value: 'hospital', allowed: 'general, tcm' } }),
      expect.objectContaining({ path: '/context/beds', code: 'unknown-column', params: { key: 'beds', value: '3', allowed: 'institutionType' } }),
    ]);
    expect(await h.snapshot()).toBe(before);
    const made = await h.api('POST', '/api/institutions', { as: 'admin', body: { id: 'inst-x', name: { zh: '新医院' }, regionId: 'reg', context: { institutionType: 'tcm' } } });
    expect([made.status, made.body.context]).toEqual([201, { institutionType: 'tcm' }]);
  });

  it('an edit is refused the same way and leaves the record as it was', async () => {
    const record = (await h.api('GET', '/api/institutions/inst-c', { as: 'admin' })).body;
    const refused = await h.api('PUT', '/api/institutions/inst-c', { as: 'admin', body: { version: record.version, name: record.name, regionId: record.regionId, context: { institutionType: 'specialty' } } });
    expect([refused.status, refused.body.error.details.issues]).toEqual([400, [expect.objectContaining({ path: '/context/institutionType', code: 'not-allowed', params: expect.objectContaining({ allowed: 'general, tcm' }) })]]);
    expect((await h.api('GET', '/api/institutions/inst-c', { as: 'admin' })).body).toEqual(record);
  });

  it("a region's context is read by the region checklists: text for a number is refused, a number is stored", async () => {
    const refused = await h.api('POST', '/api/regions', { as: 'admin', body: { id: 'east', name: { zh: '东县' }, level: 'county', parentId: 'reg', context: { population: 'many' } } });
    expect([refused.status, refused.body.error.details.issues]).toEqual([400, [expect.objectContaining({ path: '/context/population', code: 'not-a-number' })]]);
    expect((await h.api('GET', '/api/regions/east', { as: 'admin' })).status).toBe(404);
    const made = await h.api('POST', '/api/regions', { as: 'admin', body: { id: 'east', name: { zh: '东县' }, level: 'county', parentId: 'reg', context: { population: 35 } } });
    expect([made.status, made.body.context]).toEqual([201, { population: 35 }]);
    const typeOnRegion = await h.api('PUT', '/api/regions/east', { as: 'admin', body: { version: 1, name: { zh: '东县' }, level: 'county', parentId: 'reg', context: { population: 35, institutionType: 'general' } } });
    expect([typeOnRegion.status, typeOnRegion.body.error.details.issues]).toEqual([400, [expect.objectContaining({ path: '/context/institutionType', code: 'unknown-column', params: expect.objectContaining({ allowed: 'population' }) })]]);
  });
});
