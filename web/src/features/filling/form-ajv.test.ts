import { coreReducer, init, type JsonFormsCore } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { createFormAjv } from './form-ajv.js';

/** The errors JSON Forms shows for `data`, validated the way `<JsonForms ajv={…}>` does. */
function errorsFor(schema: Record<string, unknown>, data: unknown) {
  const state = coreReducer(undefined as unknown as JsonFormsCore, init(data, schema, undefined, { ajv: createFormAjv() }));
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
});
