import { coreReducer, init, type JsonFormsCore } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { linearRegExpEngine } from '../../../../functions/checklist/linear-regexp.js';
import { withDefaultLimits } from '../../lib/published-engine.js';
import { createFormAjv, hasPatterns, loadFormAjv } from './form-ajv.js';
import { repoChecklists } from './repo-checklists.test-helper.js';

const samples = import.meta.glob<{ answers: Record<string, unknown> }>('../../../../forms/*/samples/*.json', { eager: true, import: 'default' });

/** The errors JSON Forms shows for `data`, validated the way `<JsonForms ajv={…}>` does. */
function errorsFor(schema: Record<string, unknown>, data: unknown) {
  const state = coreReducer(undefined as unknown as JsonFormsCore, init(data, schema, undefined, { ajv: createFormAjv(linearRegExpEngine) }));
  return state.errors ?? [];
}

describe('the form Ajv in the browser', () => {
  const schema = { type: 'object', properties: { code: { type: 'string', pattern: '^(a|a)*$' } } };

  it('checks a backtracking pattern in linear time: 40 characters answer at once, not after 2^40 steps', () => {
    const started = performance.now();
    const errors = errorsFor(schema, { code: `${'a'.repeat(40)}!` });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toEqual([expect.objectContaining({ keyword: 'pattern', instancePath: '/code' })]);
  });

  it('still accepts what the pattern matches, and keeps JSON Forms\' defaults (formats, all errors)', () => {
    expect(errorsFor(schema, { code: 'aaaa' })).toEqual([]);
    const two = { type: 'object', properties: { day: { type: 'string', format: 'date' }, n: { type: 'integer' } } };
    expect(errorsFor(two, { day: 'not a date', n: 1.5 }).map((e) => e.keyword).sort()).toEqual(['format', 'type']);
  });

  it('loads the linear-time engine for a form with patterns, and runs the pattern on it', async () => {
    expect(hasPatterns(schema)).toBe(true);
    expect(hasPatterns({ type: 'object', properties: { n: { type: 'integer' } } })).toBe(false);
    const ajv = await loadFormAjv(schema);
    const started = performance.now();
    const validate = ajv.compile(schema);
    expect(validate({ code: `${'a'.repeat(40)}!` })).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('compiles a published form without re-checking it against the meta-schema or optimising, and reports the same errors as the default Ajv', async () => {
    for (const [path, definition] of Object.entries(repoChecklists)) {
      const schema = withDefaultLimits(definition.form.schema as Record<string, unknown>);
      const fast = await loadFormAjv(schema);
      // The two settings that took about 60% of a compile on the form page (trace, 2026-12-01).
      expect(fast.opts.validateSchema).toBe(false);
      expect(fast.opts.code.optimize).toBe(0);
      const validateFast = fast.compile(schema);
      const validateDefault = createFormAjv(hasPatterns(schema) ? linearRegExpEngine : undefined).compile(structuredClone(schema));
      const dir = path.replace(/checklist\.json$/, 'samples/');
      const answers = Object.entries(samples).filter(([p]) => p.startsWith(dir)).map(([, s]) => s.answers);
      // A wrong type and an unknown key as well, so each form also meets answers it must refuse.
      for (const data of [...answers, {}, { [Object.keys(schema.properties as object)[0]!]: 'not-a-number' }, { unknownKey: 1 }]) {
        expect(validateFast(data), path).toBe(validateDefault(data));
        expect(validateFast.errors ?? null, path).toEqual(validateDefault.errors ?? null);
      }
    }
  });
});
