import { describe, expect, it } from 'vitest';
import type { CriterionResult } from '../../lib/engine';
import { differenceOf } from './difference';

const result = (status: CriterionResult['status'], value: unknown): CriterionResult =>
  ({ id: 'c', status, actual: value === undefined ? null : { value, text: { zh: String(value) } } }) as CriterionResult;

describe('differenceOf', () => {
  it('a different status is a difference even when the numbers are close', () => {
    expect(differenceOf(result('met', 50), result('not-met', 49))).toBe('status');
  });

  it('numbers within 5 % of the larger are the same; further apart they differ', () => {
    expect(differenceOf(result('met', 100), result('met', 96))).toBeNull();
    expect(differenceOf(result('met', 100), result('met', 94))).toBe('value');
    expect(differenceOf(result('met', 0), result('met', 0))).toBeNull();
  });

  it('other values differ when not equal; nothing to compare is no difference', () => {
    expect(differenceOf(result('met', ['a', 'b']), result('met', ['a']))).toBe('value');
    expect(differenceOf(result('missing', undefined), result('missing', undefined))).toBeNull();
    expect(differenceOf(undefined, result('met', 1))).toBeNull();
  });
});
