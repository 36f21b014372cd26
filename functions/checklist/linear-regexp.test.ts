import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import { compileChecklist } from '../scoring/compile.js';
import { compileFormSchema } from './form-validator.js';
import { validateDefinition } from './validate-definition.js';

function withCodeField(schema: Record<string, unknown>) {
  const d = sampleDefinition();
  (d.form.schema.properties as Record<string, unknown>).code = { type: 'string', ...schema };
  return d;
}

describe('form patterns', () => {
  it('a catastrophically backtracking pattern answers at once (it blocked the server 17 s on 30 characters)', () => {
    const checklist = compileChecklist(withCodeField({ pattern: '^(a|a)*$' }));
    const started = performance.now();
    // Far past what a backtracking engine survives: 2^5000 paths.
    const issues = checklist.validateAnswers({ code: `${'a'.repeat(4000)}!` });
    expect(issues).toEqual([expect.objectContaining({ path: '/code', code: 'answer-pattern' })]);
    expect(checklist.validateAnswers({ code: `${'a'.repeat(29)}!` })).toHaveLength(1);
    expect(checklist.validateAnswers({ code: 'aaaa' })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('keeps ECMAScript spellings forms use: \\u escapes, classes, anchors, named groups', () => {
    const validate = compileFormSchema({ type: 'object', properties: { name: { type: 'string', pattern: '^[\\u4e00-\\u9fa5]{2,10}$' }, code: { type: 'string', pattern: '^(?<year>\\d{4})-\\w+$' } } });
    expect(validate({ name: '海宁市人民医院', code: '2025-ab' })).toBe(true);
    expect(validate({ name: 'Haining' })).toBe(false);
    expect(validate({ code: '25-ab' })).toBe(false);
  });

  it('two patterns in one form are two patterns (ajv caches compiled patterns by their text)', () => {
    const validate = compileFormSchema({ type: 'object', properties: { a: { type: 'string', pattern: '^a+$' }, b: { type: 'string', pattern: '^b+$' } } });
    expect(validate({ a: 'aa', b: 'bb' })).toBe(true);
    expect(validate({ a: 'bb', b: 'aa' })).toBe(false);
  });

  it('refuses at publish, at its path and saying why, a pattern that needs backtracking (lookaround, backreference)', () => {
    for (const pattern of ['^(?=.*\\d)\\w+$', '^(a)\\1$']) {
      const result = validateDefinition(withCodeField({ pattern }));
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      expect(issues).toEqual([expect.objectContaining({ path: '/form/schema/properties/code/pattern', code: 'pattern-unsupported' })]);
      expect(issues[0]!.message).toContain('linear time');
    }
  });

  it('checks patternProperties keys the same way', () => {
    const d = sampleDefinition();
    (d.form.schema.properties as Record<string, unknown>).map = { type: 'object', patternProperties: { '^(?!x)': { type: 'number' } } };
    const result = validateDefinition(d);
    expect(result.ok ? [] : result.issues).toEqual([expect.objectContaining({ path: '/form/schema/properties/map/patternProperties/^(?!x)', code: 'pattern-unsupported' })]);
  });
});
