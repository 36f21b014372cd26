import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schemas from '../../functions/api/schemas.js';
import { draftFor, MINI_PATH, startHarness, type Harness, type Who } from './harness.js';

/**
 * Hostile requests (huge arrays and records, long strings, odd keys, backtracking patterns, runaway
 * expressions, forms too complex to compile) get a small, quick 4xx and never write.
 */

let h: Harness;
let id: string;
beforeAll(async () => {
  // The production body limit, so hostile shapes reach validation instead of stopping at 413.
  h = await startHarness({ maxBodyBytes: 1024 * 1024 });
  id = (await draftFor(h)).id;
});
afterAll(() => h?.close());

const RUNS = 40;
/**
 * Each property runs RUNS cases, or as many as fit in PROPERTY_BUDGET_MS on a loaded 2-core machine
 * (every case run is asserted in full; a property interrupted before its first case fails), and
 * the test's own timeout leaves room for the case under way and the before/after table snapshots.
 */
const PROPERTY_BUDGET_MS = 40_000;
const PROPERTY_TEST_TIMEOUT_MS = 120_000;
const BOUNDED = { numRuns: RUNS, plugins: [fc.interruptAfterTimeLimit(PROPERTY_BUDGET_MS)] };

/** CPU time (user + system) this process spends in `run`: other processes' load does not count, the work of the request does. */
async function cpuMs<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}

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
  // Not `undefined`: JSON.stringify drops the key, leaving `{}`, a valid (empty) save.
  fc.anything({ maxDepth: 3 }).filter((value) => value !== undefined),
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

describe('hostile requests', { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
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
      BOUNDED,
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
      ['PUT', () => `/api/submissions/${id}`, 'insta', (r) => ({ version: 1, notes: r }), '/notes'],
      ['POST', () => `/api/submissions/${id}/return`, 'expert', (r) => ({ version: 1, comments: r }), '/comments'],
      ['POST', () => '/api/institutions', 'admin', (r) => ({ id: 'new-inst', name: { zh: '新' }, regionId: 'reg', context: r }), '/context'],
      ['POST', () => '/api/checklists/dry-run', 'admin', (r) => ({ definition: {}, sample: { evidence: r } }), '/sample/evidence'],
      ['POST', () => '/api/checklists/dry-run', 'admin', (r) => ({ definition: {}, sample: { context: r } }), '/sample/context'],
    ];
    await fc.assert(
      fc.asyncProperty(record, fc.constantFrom(...requests), async (r, [method, path, who, wrap, at]) => {
        const body = JSON.stringify(wrap(r));
        const { result: res, ms } = await cpuMs(() => h.api(method, path(), { as: who, body }));
        // Not a timing test as such: the old code spent seconds of CPU on the larger records, this
        // milliseconds. CPU time, not wall time, so a machine busy with other work does not fail it.
        expect(ms).toBeLessThan(1500);
        expect([res.status, res.body.error.code]).toEqual([400, 'invalid-body']);
        expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: at, message: `at most ${schemas.MAX_RECORD_ENTRIES} entries` })]);
        expectSmall(res, body);
      }),
      BOUNDED,
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
      BOUNDED,
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
      BOUNDED,
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
      BOUNDED,
    );
    expect(await h.snapshot()).toBe(before);
  });
});
