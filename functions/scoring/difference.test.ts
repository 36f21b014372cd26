import { describe, expect, it } from 'vitest';
import { differenceOf, readingOf } from './difference.js';
import type { CriterionResult } from './result-types.js';

const result = (status: CriterionResult['status'], value: unknown): CriterionResult =>
  ({ id: 'c', status, actual: value === undefined ? null : { value, text: { zh: String(value) } } }) as CriterionResult;
const reading = (status: CriterionResult['status'], value: unknown) => readingOf(result(status, value));

describe('differenceOf', () => {
  it('a different status is a difference even when the numbers are close', () => {
    expect(differenceOf(reading('met', 50), reading('not-met', 49))).toBe('status');
  });

  it('numbers within 5 % of the larger are the same; further apart they differ, even when both are met', () => {
    expect(differenceOf(reading('met', 100), reading('met', 96))).toBeNull();
    expect(differenceOf(reading('met', 100), reading('met', 94))).toBe('value');
    expect(differenceOf(reading('met', 0), reading('met', 0))).toBeNull();
    expect(differenceOf(reading('met', 0.6667), reading('met', 0.5))).toBe('value');
  });

  it('other values differ when not equal; nothing to compare is no difference', () => {
    expect(differenceOf(reading('met', ['a', 'b']), reading('met', ['a']))).toBe('value');
    expect(differenceOf(reading('missing', undefined), reading('missing', undefined))).toBeNull();
    expect(differenceOf(undefined, reading('met', 1))).toBeNull();
    expect(differenceOf({ status: 'met', value: null }, { status: 'met', value: undefined })).toBeNull();
  });

  it('不适用 on both sides is no difference whatever values each side read; 不适用 on one side only is', () => {
    expect(differenceOf(reading('not-applicable', '三级乙等'), reading('not-applicable', '三级甲等'))).toBeNull();
    expect(differenceOf(reading('not-applicable', 3), reading('met', 3))).toBe('status');
  });
});
