import { describe, expect, it } from 'vitest';
import { evaluateCondition, matches } from './conditions.js';

const levels = ['none', '2-b', '2-a', '3-b', '3-a'];
const input = (context: Record<string, unknown>, values: Record<string, unknown> = {}) => ({
  context: (k: string) => context[k],
  value: (k: string) => values[k],
  rank: (k: string, v: unknown) => (k === 'grade' && levels.includes(String(v)) ? levels.indexOf(String(v)) : undefined),
});

describe('conditions', () => {
  it('matches scalars, lists and comparisons', () => {
    expect(matches('a', 'a')).toBe(true);
    expect(matches('a', ['b', 'a'])).toBe(true);
    expect(matches(31, { gte: 30 })).toBe(true);
    expect(matches(29.9, { gte: 30 })).toBe(false);
    expect(matches(2024, { gt: 2023, lte: 2025 })).toBe(true);
    expect(matches('x', { notIn: ['y'] })).toBe(true);
  });

  it('never matches an unknown value', () => {
    expect(matches(undefined, { ne: 'a' })).toBe(false);
    expect(matches('', ['', 'a'])).toBe(false);
  });

  it('compares scale-typed context by level order, not alphabetically', () => {
    expect(evaluateCondition({ context: { grade: { gte: '2-a' } } }, input({ grade: '3-b' }))).toBe(true);
    expect(evaluateCondition({ context: { grade: { gte: '2-a' } } }, input({ grade: '2-b' }))).toBe(false);
  });

  it('combines with all, any and not, and reads answers through values', () => {
    const cond = { any: [{ context: { type: 'tcm' } }, { all: [{ context: { pop: { gte: 30 } } }, { not: { values: { closed: true } } }] }] };
    expect(evaluateCondition(cond, input({ type: 'tcm' }))).toBe(true);
    expect(evaluateCondition(cond, input({ type: 'mch', pop: 35 }, { closed: false }))).toBe(true);
    expect(evaluateCondition(cond, input({ type: 'mch', pop: 35 }, { closed: true }))).toBe(false);
    expect(evaluateCondition(cond, input({ type: 'mch', pop: 20 }))).toBe(false);
  });
});
