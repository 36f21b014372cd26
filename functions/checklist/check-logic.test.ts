import { describe, expect, it } from 'vitest';
import { checkLogic, LOGIC_LIMITS } from './check-logic.js';
import { validateDefinition } from './validate-definition.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';

const share = { '*': [100, { '/': [{ var: 'quality.surgeries' }, { var: 'quality.discharges' }] }] };

function issuesFor(expr: unknown) {
  const d = sampleDefinition();
  d.derived![0]!.expr = expr as Record<string, unknown>;
  const result = validateDefinition(d);
  return result.ok ? [] : result.issues;
}

describe('checkLogic', () => {
  it('accepts arithmetic, comparisons and branching over fields', () => {
    expect(checkLogic(share)).toEqual([]);
    expect(checkLogic({ if: [{ '>': [{ var: 'a' }, 0] }, { min: [{ var: ['a', 0] }, 5] }, null] })).toEqual([]);
  });

  it('looks inside var: an operation as its argument is refused, wherever it is nested', () => {
    const hidden = { '+': [1, { var: [{ map: [[1, 2], { var: '' }] }] }] };
    expect(checkLogic(hidden)).toEqual([expect.objectContaining({ code: 'expr-var', path: ['+', 1, 'var'] })]);
    expect(checkLogic({ var: { reduce: [] } })).toEqual([expect.objectContaining({ code: 'expr-var' })]);
    expect(checkLogic({ var: ['a', { merge: [] }] })).toEqual([expect.objectContaining({ code: 'expr-var' })]);
  });

  it('refuses unknown operations, loops and objects that are not one operation', () => {
    expect(checkLogic({ if: [true, { map: [[1], 1] }, 0] })[0]).toMatchObject({ code: 'expr-op', path: ['if', 1, 'map'] });
    expect(checkLogic({ '+': [{ method: ['x', 'constructor'] }] })[0]).toMatchObject({ code: 'expr-op' });
    expect(checkLogic({ '+': [1, 2], map: [] })[0]).toMatchObject({ code: 'expr-shape' });
  });

  it('refuses an expression too big or too deep to be a plan ratio', () => {
    let deep: unknown = 1;
    for (let i = 0; i < LOGIC_LIMITS.maxDepth + 5; i++) deep = { '+': [deep] };
    expect(checkLogic(deep).map((p) => p.code)).toEqual(['expr-size']);
    const wide = { '+': Array.from({ length: LOGIC_LIMITS.maxNodes + 1 }, () => 1) };
    expect(checkLogic(wide).map((p) => p.code)).toEqual(['expr-size']);
  });
});

describe('validateDefinition on derived expressions', () => {
  it('reports a hostile var argument at its path (it used to pass)', () => {
    const issues = issuesFor({ '*': [100, { var: [{ map: [[1, 2, 3], { '*': [{ var: '' }, 2] }] }] }] });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'expr-var', path: '/derived/0/expr/*/1/var' }));
  });

  it('reports a memory bomb built from reduce and merge', () => {
    const bomb = { reduce: [[1, 2, 3], { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    expect(issuesFor({ '+': [{ var: [bomb] }, 1] }).map((i) => i.code)).toContain('expr-var');
    expect(issuesFor(bomb).map((i) => i.code)).toContain('expr-op');
  });
});
