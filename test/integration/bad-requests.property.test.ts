import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schemas from '../../functions/api/schemas.js';
import { draftFor, MINI_PATH, ROUND_ID, startHarness, type Harness, type Who } from './harness.js';

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

/** A response to a bad request must never be much larger than the request. */
function expectSmall(res: { text: string }, body: string) {
  expect(res.text.length).toBeLessThanOrEqual(Math.max(body.length, 64 * 1024));
}

/** Keys that trip naive code: prototype names, pointer syntax, empty, long, non-ASCII. */
const oddKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', '~', '/', '~1/~0', 'beds/0', 'a.b', '$ref', '\u0000'),
  fc.string({ unit: fc.constantFrom('k', '医', '/', '~'), minLength: 200, maxLength: 20_000 }),
);
/** Shapes that made validation slow or its report huge: huge arrays, long strings, odd keys and types. */
const hostileValue = fc.oneof(
  fc.integer({ min: 1000, max: 250_000 }).chain((n) => fc.constantFrom<unknown>('x', 0, -1, null, {}, [], 'chest').map((item) => new Array(n).fill(item))),
  fc.integer({ min: 5001, max: 300_000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 1, max: 50 }).map((n) => Array.from({ length: n }, () => ({ [`k${n}`]: new Array(200).fill('y') }))),
  fc.anything({ maxDepth: 3 }),
);
/** What the test form accepts for each of its fields. */
const FITS_FORM: Record<string, (value: unknown) => boolean> = {
  beds: (value) => Number.isInteger(value) && (value as number) >= 0,
  note: (value) => typeof value === 'string' && value.length <= 5000,
  hasIcu: (value) => typeof value === 'boolean',
};
const hostileAnswers = fc.oneof(
  fc.record({ key: fc.constantFrom('beds', 'note', 'hasIcu'), value: hostileValue })
    // `anything` sometimes makes an answer the form accepts (a short note, a count, a yes/no): not hostile.
    .filter(({ key, value }) => !FITS_FORM[key]!(value))
    .map(({ key, value }) => ({ [key]: value })),
  fc.record({ key: oddKey, value: hostileValue }).map(({ key, value }) => Object.fromEntries([[key, value]])),
  fc.integer({ min: 200, max: 20_000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`unknown-${i}`, i]))),
);
/** Patterns that backtrack catastrophically in a JavaScript RegExp, and ones RE2 refuses. */
const hostilePattern = fc.oneof(
  fc.constantFrom('^(a|a)*$', '^(a+)+$', '^(a|aa)+$', '(x+x+)+y', '^(\\w+\\s?)*$', '^([a-z0-9]+([._-]?[a-z0-9]+)*)*@$', '^(?=a)a*$', '^(a)\\1$', '(?<!b)a'),
  fc.string({ maxLength: 40 }),
);

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

  it('hostile answers (huge arrays, long strings, odd keys and types) are a small 4xx and write nothing', async () => {
    const before = await h.snapshot();
    await fc.assert(
      fc.asyncProperty(hostileAnswers, async (answers) => {
        const body = JSON.stringify({ version: 1, answers });
        const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(Object.keys(res.body.error)).toEqual(['code', 'message', 'details']);
        expectSmall(res, body);
      }),
      { numRuns: RUNS },
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('hostile records in a body (evidence, context: up to 40,000 entries, under the 1 MB body limit) are a quick small 400 naming the record, and write nothing', async () => {
    const before = await h.snapshot();
    // Each entry is wrong as well as too many: the old validation built one issue per entry (250,000 for evidence) and blocked the server for seconds.
    const entry = fc.constantFrom<unknown>([{ x: 1 }], [{ name: 1 }], 'x', 7, null, [], {});
    const record = fc.tuple(fc.integer({ min: schemas.MAX_RECORD_ENTRIES + 1, max: 40_000 }), entry).map(([n, value]) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) out[`c${i}`] = value;
      return out;
    });
    const requests: [string, () => string, Who, (r: Record<string, unknown>) => unknown, string][] = [
      ['PUT', () => `/api/submissions/${id}`, 'insta', (r) => ({ version: 1, evidence: r }), '/evidence'],
      ['PUT', () => `/api/submissions/${id}`, 'insta', (r) => ({ version: 1, context: r }), '/context'],
      ['POST', () => '/api/institutions', 'admin', (r) => ({ id: 'new-inst', name: { zh: '新' }, regionId: 'reg', context: r }), '/context'],
      ['POST', () => '/api/checklists/dry-run', 'admin', (r) => ({ definition: {}, sample: { evidence: r } }), '/sample/evidence'],
      ['POST', () => '/api/checklists/dry-run', 'admin', (r) => ({ definition: {}, sample: { context: r } }), '/sample/context'],
    ];
    await fc.assert(
      fc.asyncProperty(record, fc.constantFrom(...requests), async (r, [method, path, who, wrap, at]) => {
        const body = JSON.stringify(wrap(r));
        const started = performance.now();
        const res = await h.api(method, path(), { as: who, body });
        // Not a timing test as such: the old code took seconds on the larger records, this takes milliseconds.
        expect(performance.now() - started).toBeLessThan(1500);
        expect([res.status, res.body.error.code]).toEqual([400, 'invalid-body']);
        expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: at, message: `at most ${schemas.MAX_RECORD_ENTRIES} entries` })]);
        expectSmall(res, body);
      }),
      { numRuns: RUNS },
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('a small invalid body lists every issue at once; a large one its first', async () => {
    const small = await h.api('POST', '/api/regions', { as: 'admin', body: { id: '-bad', name: { zh: '' }, level: 'town' } });
    expect(small.status).toBe(400);
    expect(small.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['/id', '/level', '/name/zh']);
    const ids = new Array(60_000).fill('!');
    const large = await h.api('POST', '/api/rounds', { as: 'admin', body: { id: 'r', name: { zh: '新' }, checklistId: 'it-mini', checklistVersion: 1, type: 'final', year: 2025, institutionIds: ids, expertIds: [] } });
    expect(large.status).toBe(400);
    expect(large.body.error.details.issues).toEqual([expect.objectContaining({ path: '/institutionIds/0' })]);
  });

  it('hostile patterns and inputs in a dry run answer with a small result, and publishing them writes nothing invalid', async () => {
    const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
    const withPattern = (pattern: string) => ({ ...mini, form: { ...mini.form, schema: { ...mini.form.schema, properties: { ...mini.form.schema.properties, note: { type: 'string', pattern } } } } });
    const before = await h.snapshot();
    await fc.assert(
      fc.asyncProperty(hostilePattern, fc.constantFrom('a', 'x', '0', ' ', '医'), fc.integer({ min: 25, max: 5000 }), async (pattern, unit, n) => {
        const body = JSON.stringify({ definition: withPattern(pattern), sample: { answers: { beds: 1, note: `${unit.repeat(n)}!` } } });
        const res = await h.api('POST', '/api/checklists/dry-run', { as: 'admin', body });
        expect(res.status).toBe(200);
        expectSmall(res, body);
        // Publishing the same definition (a version that already exists when valid) is a 4xx either way.
        const published = await h.api('POST', '/api/checklists', { as: 'admin', body: withPattern(pattern) });
        expect(published.status).toBeGreaterThanOrEqual(400);
        expect(published.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('forms too complex to resolve or compile ($ref chains of 300 and 3,000 steps, an anyOf of 2,000 branches) are a 400 naming the limit, never a 500, and publish nothing', async () => {
    const before = await h.snapshot();
    const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
    const chain = (n: number, version: number) => {
      const defs: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) defs[`d${i}`] = i < n - 1 ? { allOf: [{ $ref: `#/$defs/d${i + 1}` }], type: 'string' } : { type: 'string' };
      return { ...mini, version, form: { ...mini.form, schema: { ...mini.form.schema, $defs: defs, properties: { ...mini.form.schema.properties, chain: { $ref: '#/$defs/d0' } } } } };
    };
    const branches = { ...mini, version: 61, form: { ...mini.form, schema: { ...mini.form.schema, properties: { ...mini.form.schema.properties, code: { anyOf: Array.from({ length: 2000 }, (_, i) => ({ type: 'string', minLength: i })) } } } } };
    // 300 steps: within the node limit, refused for its depth; 3,000 (182 KB, a 500 before): refused by its size in nodes before anything follows it.
    for (const [definition, code] of [[chain(300, 60), 'form-too-complex'], [chain(3000, 62), 'too-many-schema-nodes'], [branches, 'too-many-schema-nodes']] as const) {
      const res = await h.api('POST', '/api/checklists', { as: 'admin', body: definition });
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid-definition']);
      expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: '/form/schema', code })]);
      const dry = await h.api('POST', '/api/checklists/dry-run', { as: 'admin', body: { definition } });
      expect([dry.status, dry.body.valid]).toEqual([200, false]);
    }
    expect(await h.snapshot()).toBe(before);
  });

  it('arbitrary definitions posted for publishing are 4xx and publish nothing', async () => {
    const before = await h.snapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ format: fc.constant(1), id: fc.string(), version: fc.integer(), criteria: fc.array(fc.object(), { maxLength: 2 }) })), async (definition) => {
        const res = await h.api('POST', '/api/checklists', { as: 'admin', body: JSON.stringify(definition) ?? 'null' });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('definitions with hostile derived expressions are a 400 naming the expression, and publish nothing', async () => {
    const before = await h.snapshot();
    const mini = JSON.parse(readFileSync(MINI_PATH, 'utf8'));
    const loops = fc.constantFrom('map', 'reduce', 'filter', 'all', 'some', 'none', 'merge', 'cat', 'substr', 'in', 'method', 'log', 'missing', 'missing_some');
    const payload = fc.oneof(
      loops.map((op) => ({ [op]: [[1, 2, 3], { var: '' }, [1]] })),
      fc.string({ minLength: 1, maxLength: 12 }).filter((op) => !['var', '+', '-', '*', '/', '%', 'min', 'max', 'if', '?:', '==', '===', '!=', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', '!!'].includes(op)).map((op) => ({ [op]: [1] })),
    );
    // The hostile part hides inside var, or under allowed operations, at any depth.
    const hostile = fc.tuple(payload, fc.boolean(), fc.array(fc.constantFrom('+', '*', 'if', 'max', '<'), { maxLength: 6 })).map(([inner, inVar, wrappers]) => {
      let expr: unknown = inVar ? { var: [inner] } : inner;
      for (const op of wrappers) expr = { [op]: [1, expr] };
      return expr;
    });
    await fc.assert(
      fc.asyncProperty(hostile, async (expr) => {
        const definition = { ...mini, version: 50, derived: [{ id: 'x', title: { zh: '派生' }, expr }] };
        const res = await h.api('POST', '/api/checklists', { as: 'admin', body: definition });
        expect([res.status, res.body.error.code]).toEqual([400, 'invalid-definition']);
        expect(res.body.error.details.issues).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^\/derived\/0\/expr/), code: expect.stringMatching(/^expr-/) }));
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

