import { describe, expect, it } from 'vitest';
import { validateDefinition } from './validate-definition.js';
import { issueText } from './issue-text.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';

/** The issues of the sample checklist with one criterion's target replaced by something raw. */
function issuesWith(index: number, target: unknown, where: 'target' | 'variant' = 'target') {
  const d = sampleDefinition() as unknown as { criteria: Record<string, unknown>[] };
  if (where === 'target') d.criteria[index]!.target = target;
  else (d.criteria[index]!.targets as { target: unknown }[])[1]!.target = target;
  const result = validateDefinition(d);
  return result.ok ? [] : result.issues;
}

describe('a wrong target says what its criterion kind needs', () => {
  it('"1:1.6" as a string on a numeric criterion', () => {
    const issues = issuesWith(2, '1:1.6');
    expect(issues).toEqual([expect.objectContaining({
      path: '/criteria/2/target', code: 'target-shape', params: { kind: 'numeric', problem: 'not-an-object', got: '"1:1.6"' },
    })]);
    expect(issues[0]!.message).toBe(
      'a numeric criterion\'s target is "1:1.6", not an object: it needs { "op": ">=" | ">" | "<=" | "<" | "=", "value": <number> }, '
      + '{ "op": "between", "min": <number>, "max": <number> } or { "op": "about", "value": <number>, "tolerance": <number> }, for example { "op": ">=", "value": 35 }',
    );
    expect(issueText(issues[0]!)?.zh).toMatch(/^数值类评分项（numeric）的目标是 "1:1\.6"，不是对象：应为 .*例如 \{ "op": ">=", "value": 35 \}$/);
  });

  it('op "ratio" names the unknown op', () => {
    expect(issuesWith(2, { op: 'ratio', value: 1.6 })).toEqual([expect.objectContaining({
      path: '/criteria/2/target', code: 'target-shape', params: { kind: 'numeric', problem: 'unknown-op', key: 'op', got: '"ratio"' },
      message: expect.stringContaining('has op "ratio", which a numeric target does not take'),
    })]);
  });

  it('"about" without a tolerance names the missing key', () => {
    const [issue] = issuesWith(5, { op: 'about', value: 45 });
    expect(issue).toMatchObject({ path: '/criteria/5/target', code: 'target-shape', params: { problem: 'missing-key', key: 'tolerance' } });
    expect(issue!.message).toContain('lacks "tolerance"');
    expect(issueText(issue!)?.zh).toContain('缺少 "tolerance"');
  });

  it('equals "yes" on a boolean criterion asks for a boolean', () => {
    const [issue] = issuesWith(1, { equals: 'yes' });
    expect(issue).toMatchObject({ path: '/criteria/1/target', code: 'target-shape', params: { kind: 'boolean', problem: 'wrong-type', key: 'equals', expected: 'boolean', got: '"yes"' } });
    expect(issue!.message).toContain('needs { "equals": true } or { "equals": false } (a boolean, not a string)');
  });

  it('covers context-dependent targets, ordinal and coverage kinds, and reports each target once', () => {
    const variant = issuesWith(0, { op: '>=', value: '50', extra: 1 }, 'variant');
    expect(variant).toEqual([expect.objectContaining({ path: '/criteria/0/targets/1/target', code: 'target-shape', params: expect.objectContaining({ kind: 'count', key: 'value' }) })]);
    expect(issuesWith(3, { op: '>=', level: 4 })[0]).toMatchObject({
      code: 'target-shape', params: { kind: 'ordinal', problem: 'wrong-type', key: 'level' }, message: expect.stringContaining('for example { "op": ">=", "level": "4" }'),
    });
    expect(issuesWith(3, { op: '>=', value: 4 })[0]).toMatchObject({ code: 'target-kind', params: { kind: 'ordinal', problem: 'other-kind', got: 'numeric' } });
    expect(issuesWith(4, { min: 'all' })[0]).toMatchObject({ code: 'target-shape', params: { kind: 'coverage', key: 'min' } });
  });

  it('a well-formed target of another kind says which kind it is and what this one needs', () => {
    const [issue] = issuesWith(2, { equals: true });
    expect(issue).toMatchObject({ path: '/criteria/2/target', code: 'target-kind', params: { kind: 'numeric', problem: 'other-kind', got: 'boolean' } });
    expect(issue!.message).toContain('a numeric criterion\'s target is a boolean target: it needs');
  });

  it('other structural problems keep their path and carry expected/received params', () => {
    const d = { ...sampleDefinition(), version: '2' };
    const result = validateDefinition(d);
    expect(result.ok ? [] : result.issues).toEqual([expect.objectContaining({ path: '/version', code: 'invalid-number', params: { expected: 'number', received: '"2"' } })]);
    expect(issueText(result.ok ? { code: '' } : result.issues[0]!)).toEqual({ zh: '格式不对：应为 number，实际为 "2"', en: 'invalid: expected number, received "2"' });
  });
});
