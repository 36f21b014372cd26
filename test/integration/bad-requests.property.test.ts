import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schemas from '../../functions/api/schemas.js';
import { draftFor, ROUND_ID, startHarness, type Harness, type Who } from './harness.js';

/**
 * Arbitrary bad requests never cause a 5xx and never write: the table is byte-for-byte the
 * same afterwards.
 */

let h: Harness;
let id: string;
beforeAll(async () => {
  // The production body limit, so hostile shapes reach validation instead of stopping at 413.
  h = await startHarness({ maxBodyBytes: 1024 * 1024 });
  id = (await draftFor(h)).id;
});
afterAll(() => h?.close());

const junk = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));

/** A valid body with one field replaced by junk or dropped, or an extra key added: invalid by construction once filtered. */
function mutated(valid: Record<string, unknown>, schema: v.GenericSchema) {
  const keys = Object.keys(valid);
  return fc
    .oneof(
      fc.record({ key: fc.constantFrom(...keys), value: junk }).map(({ key, value }) => ({ ...valid, [key]: value })),
      fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
      fc.record({ key: fc.string({ minLength: 1 }), value: junk }).map(({ key, value }) => ({ ...valid, [key]: value })),
      fc.anything(),
    )
    .filter((body) => !v.is(schema, body));
}

interface Target {
  name: string;
  method: string;
  path: () => string;
  as: Who;
  valid: Record<string, unknown>;
  schema: v.GenericSchema;
}

const targets: Target[] = [
  { name: 'create submission', method: 'POST', path: () => '/api/submissions', as: 'instb', valid: { roundId: ROUND_ID, kind: 'self' }, schema: schemas.CreateSubmissionBody },
  { name: 'save submission', method: 'PUT', path: () => `/api/submissions/${id}`, as: 'insta', valid: { version: 1, answers: { beds: 3 } }, schema: schemas.SaveSubmissionBody },
  { name: 'submit', method: 'POST', path: () => `/api/submissions/${id}/submit`, as: 'insta', valid: { version: 1 }, schema: schemas.VersionBody },
  { name: 'return', method: 'POST', path: () => `/api/submissions/${id}/return`, as: 'admin', valid: { version: 1, comment: 'x' }, schema: schemas.ReturnBody },
  { name: 'evidence', method: 'POST', path: () => `/api/submissions/${id}/evidence`, as: 'insta', valid: { criterionId: 'icu', fileName: 'a.pdf', contentType: 'application/pdf', size: 3, sha256: 'a'.repeat(64) }, schema: schemas.UploadBody },
  { name: 'region', method: 'POST', path: () => '/api/regions', as: 'admin', valid: { id: 'new-reg', name: { zh: '新' }, level: 'city' }, schema: schemas.RegionBody },
  { name: 'institution', method: 'POST', path: () => '/api/institutions', as: 'admin', valid: { id: 'new-inst', name: { zh: '新' }, regionId: 'reg' }, schema: schemas.InstitutionBody },
  {
    name: 'round',
    method: 'POST',
    path: () => '/api/rounds',
    as: 'admin',
    valid: { id: 'new-round', name: { zh: '新' }, checklistId: 'it-mini', checklistVersion: 1, type: 'final', year: 2025, institutionIds: ['inst-a'], expertIds: [] },
    schema: schemas.RoundBody,
  },
  { name: 'login', method: 'POST', path: () => '/api/auth/login', as: 'admin', valid: { username: 'admin', password: 'pw' }, schema: schemas.LoginBody },
];

const RUNS = 40;

describe('bad requests', () => {
  it.each(targets)('$name: invalid bodies get a 4xx error and write nothing', async (t) => {
    const before = await h.snapshot();
    await fc.assert(
      fc.asyncProperty(mutated(t.valid, t.schema), async (body) => {
        const res = await h.api(t.method, t.path(), { as: t.as, body: JSON.stringify(body) ?? 'null' });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(Object.keys(res.body.error)).toEqual(['code', 'message', 'details']);
      }),
      { numRuns: RUNS },
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('arbitrary text as a body is 400 malformed-json or a schema error, never a write', async () => {
    const before = await h.snapshot();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom(...targets), async (text, t) => {
        const res = await h.api(t.method, t.path(), { as: t.as, body: text });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2 },
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('answers that do not match the form are rejected with their path', async () => {
    const before = await h.snapshot();
    const notCount = fc.oneof(fc.string(), fc.double({ noInteger: true }), fc.integer({ max: -1 }), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
    await fc.assert(
      fc.asyncProperty(notCount, async (beds) => {
        const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds } } });
        expect(res.status).toBe(400);
        expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain('/answers/beds');
      }),
      { numRuns: RUNS },
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('arbitrary ids and query values in URLs are 4xx, never 5xx', async () => {
    const segment = fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent);
    const paths = [
      (x: string) => `/api/submissions/${x}`,
      (x: string) => `/api/submissions/${x}/result`,
      (x: string) => `/api/checklists/${x}`,
      (x: string) => `/api/checklists/it-mini?version=${x}`,
      (x: string) => `/api/rounds/${x}/results`,
      (x: string) => `/api/rounds/${x}/results/export?format=${x}`,
      (x: string) => `/api/institutions/${x}`,
      (x: string) => `/api/submissions?roundId=${x}`,
    ];
    await fc.assert(
      fc.asyncProperty(segment, fc.constantFrom(...paths), fc.constantFrom<Who>('admin', 'insta'), async (x, path, who) => {
        const res = await h.api('GET', path(x), { as: who });
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(res.body.error.code).toEqual(expect.any(String));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('ids and query values too long to be a DynamoDB key are 4xx, never 5xx, and write nothing', async () => {
    const before = await h.snapshot();
    const long = fc.string({ unit: fc.constantFrom('a', '医', '.', '-'), minLength: 2100, maxLength: 4000 }).map(encodeURIComponent);
    const requests: [string, (x: string) => string, unknown?][] = [
      ['GET', (x) => `/api/submissions/${x}`],
      ['GET', (x) => `/api/submissions/${x}/result`],
      ['PUT', (x) => `/api/submissions/${x}`, { version: 1 }],
      ['POST', (x) => `/api/submissions/${x}/submit`, { version: 1 }],
      ['POST', (x) => `/api/submissions/${x}/evidence`, { criterionId: 'icu', fileName: 'a.pdf', contentType: 'application/pdf', size: 3, sha256: 'a'.repeat(64) }],
      ['GET', (x) => `/api/checklists/${x}`],
      ['GET', (x) => `/api/checklists/${x}?version=1`],
      ['GET', (x) => `/api/checklists/${x}/versions`],
      ['POST', (x) => `/api/checklists/${x}/versions/1/retire`, {}],
      ['GET', (x) => `/api/rounds/${x}`],
      ['GET', (x) => `/api/rounds/${x}/results`],
      ['POST', (x) => `/api/rounds/${x}/rescore`, {}],
      ['GET', (x) => `/api/institutions/${x}`],
      ['GET', (x) => `/api/regions/${x}`],
      ['GET', (x) => `/api/submissions?roundId=${x}`],
    ];
    // Filters that match nothing are an empty list, not an error.
    const lists: ((x: string) => string)[] = [(x) => `/api/submissions?institutionId=${x}`, (x) => `/api/institutions?regionId=${x}`];
    await fc.assert(
      fc.asyncProperty(long, fc.constantFrom(...requests), async (x, [method, path, body]) => {
        const res = await h.api(method, path(x), { as: 'admin', body });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body.error.code).toEqual(expect.any(String));
      }),
      { numRuns: RUNS },
    );
    for (const path of lists) {
      const res = await h.api('GET', path(encodeURIComponent('医'.repeat(1500))), { as: 'admin' });
      expect([res.status, res.body.items]).toEqual([200, []]);
    }
    expect(await h.snapshot()).toBe(before);
  });

  it('deeply nested JSON is a 400, never a 500 (stack overflow), and writes nothing', async () => {
    const before = await h.snapshot();
    const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    for (const depth of [200, 5000, 20000]) {
      const bodies: [string, string, string][] = [
        ['PUT', `/api/submissions/${id}`, `{"version":1,"answers":{"beds":${nest(depth)}}}`],
        ['POST', '/api/checklists', `{"id":"deep","x":${nest(depth)}}`],
        ['POST', '/api/checklists/dry-run', `{"definition":{"x":${nest(depth)}}}`],
        ['POST', '/api/submissions', `{"roundId":${nest(depth)},"kind":"self"}`],
      ];
      for (const [method, path, body] of bodies) {
        const res = await h.api(method, path, { as: method === 'PUT' ? 'insta' : path === '/api/submissions' ? 'insta' : 'admin', body });
        expect([depth, path, res.status, res.body.error?.code]).toEqual([depth, path, 400, 'invalid-body']);
      }
    }
    expect(await h.snapshot()).toBe(before);
  });
});

