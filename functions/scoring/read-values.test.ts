import { describe, expect, it } from 'vitest';
import type { Derived } from '../checklist/definition-schema.js';
import { evaluateDerived, prepareDerived } from './read-values.js';

const derived = (expr: unknown): Derived => ({ id: 'd', title: { zh: '派生' }, expr }) as Derived;

describe('evaluateDerived', () => {
  it('reads the answers directly when every var names an input, with the same values', () => {
    const prepared = prepareDerived(derived({ '/': [{ var: 'a.x' }, { var: 'b' }] }));
    expect(prepared.readsAnswers).toBe(true);
    expect(evaluateDerived(prepared, { a: { x: 3, y: 'not read' }, b: 4 })).toBe(0.75);
    expect(evaluateDerived(prepared, { a: { x: 3 } })).toBeUndefined();
    expect(evaluateDerived(prepared, { a: { x: 3 }, b: '4' })).toBeUndefined();
  });

  it('keeps to a copy of the inputs when a var is not a named input (it must not see other answers)', () => {
    const prepared = prepareDerived(derived({ '+': [{ var: 'a' }, { var: 0 }] }));
    expect(prepared.readsAnswers).toBe(false);
    // A copy holds only `a`: var 0 reads nothing there (6 would mean it read answers[0]).
    expect(evaluateDerived(prepared, { a: 1, 0: 5 })).toBeUndefined();
  });
});
