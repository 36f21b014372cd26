import { coreReducer, init, type JsonFormsCore } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { linearRegExpEngine } from '../../../../functions/checklist/linear-regexp.js';
import { createFormAjv, hasPatterns, loadFormAjv } from './form-ajv.js';

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
});
