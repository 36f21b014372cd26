import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './compile-logic.js';
import { evaluateLogic, ExpressionError, LOGIC_STEP_BUDGET } from './evaluate-logic.js';

const data = { a: { x: 3, y: 0 }, b: 7.5, c: -2 };
const leaf = fc.oneof(
  fc.integer({ min: -50, max: 50 }),
  fc.constantFrom(0, 0.5, null, true, false, 'a', ''),
  fc.constantFrom({ var: 'a.x' }, { var: 'a.y' }, { var: 'b' }, { var: 'c' }, { var: 'missing' }, { var: ['missing', 4] }, { var: 'a' }, { var: 'constructor' }),
);
const ops = ['+', '-', '*', '/', '%', 'min', 'max', 'if', '?:', '==', '===', '!=', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', '!!'];
const expression = fc.letrec((tie) => ({
  expr: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('op'), tie('list')),
  op: fc.tuple(fc.constantFrom(...ops), fc.array(tie('expr'), { minLength: 0, maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
  list: fc.array(tie('expr'), { maxLength: 3 }),
})).expr;

/** The value, or the error's class and message: compiled and interpreted must fail alike too. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

describe('compileLogic', () => {
  it('gives what evaluateLogic gives, errors included, for every allowed operation', () => {
    fc.assert(
      fc.property(expression, (expr) => {
        expect(outcome(() => compileLogic(expr)(data))).toEqual(outcome(() => evaluateLogic(expr, data)));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves refused, oversized and too deep expressions to evaluateLogic, which throws when evaluated', () => {
    expect(() => compileLogic({ map: [[1], 1] })).not.toThrow();
    expect(() => compileLogic({ map: [[1], 1] })(data)).toThrow(/not allowed/);
    expect(() => compileLogic({ var: [{ merge: [1] }] })(data)).toThrow(ExpressionError);
    const wide = { '+': Array.from({ length: LOGIC_STEP_BUDGET + 1 }, () => 1) };
    expect(() => compileLogic(wide)(data)).toThrow(/evaluation steps/);
    let deep: unknown = 1;
    for (let i = 0; i < 120; i++) deep = { '-': [deep] };
    expect(() => compileLogic(deep)(data)).toThrow(/nested too deeply/);
  });

  it('reads a share as a derived value is written', () => {
    const share = compileLogic({ if: [{ '>': [{ var: 'f.beds' }, 0] }, { '/': [{ var: 'f.area' }, { var: 'f.beds' }] }, null] });
    expect(share({ f: { beds: 4, area: 10 } })).toBe(2.5);
    expect(share({ f: { beds: 0, area: 10 } })).toBeNull();
  });
});
