import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { evaluateLogic, ExpressionError } from './evaluate-logic.js';

const data = { a: { x: 3, y: 0 }, b: 7.5, c: -2 };
const leaf = fc.oneof(
  fc.integer({ min: -50, max: 50 }),
  fc.constantFrom(0, 0.5, null, true, false),
  fc.constantFrom({ var: 'a.x' }, { var: 'a.y' }, { var: 'b' }, { var: 'c' }, { var: 'missing' }, { var: ['missing', 4] }),
);
const ops = ['+', '-', '*', '/', '%', 'min', 'max', 'if', '?:', '==', '===', '!=', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', '!!'];
const expression = fc.letrec((tie) => ({
  expr: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('op')),
  op: fc.tuple(fc.constantFrom(...ops), fc.array(tie('expr'), { minLength: 1, maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
})).expr;

describe('evaluateLogic', () => {
  it('gives what json-logic-js gives for every allowed operation', () => {
    fc.assert(
      fc.property(expression, (expr) => {
        expect(evaluateLogic(expr, data)).toEqual(jsonLogic.apply(expr as jsonLogic.RulesLogic, data));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what validation refuses, without evaluating the hostile argument', () => {
    const bomb = { reduce: [[1, 2, 3], { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    expect(() => evaluateLogic({ var: [bomb] }, data)).toThrow(ExpressionError);
    expect(() => evaluateLogic({ map: [[1], 1] }, data)).toThrow(/not allowed/);
    expect(() => evaluateLogic({ '+': [1], '-': [2] }, data)).toThrow(ExpressionError);
  });

  it('stops at its step budget instead of running on', () => {
    const wide = { '+': Array.from({ length: 50 }, () => ({ var: 'b' })) };
    expect(evaluateLogic(wide, data)).toBe(375);
    expect(() => evaluateLogic(wide, data, 20)).toThrow(/more than 20 evaluation steps/);
  });

  it('never reads through the prototype', () => {
    expect(evaluateLogic({ var: 'constructor' }, {})).toBeNull();
  });
});
