import { describe, expect, it } from 'vitest';
import type { Condition } from '../checklist/definition-schema.js';
import { compileCondition } from './compile-condition.js';
import { evaluateCondition } from './conditions.js';
import { ContextTable } from './context-table.js';
import { SubmissionValues, type ValuesPlan } from './submission-values.js';

const levels = ['none', '1-c', '1-b', '1-a', '2-c', '2-b', '2-a'];
const many = Array.from({ length: 40 }, (_, i) => `h${i}`);

function plan(): ValuesPlan {
  return {
    derived: [],
    derivedIndex: new Map(),
    format11: false,
    contextRanks: new Map([['grade', new Map(levels.map((l, i) => [l, i]))]]),
    table: new ContextTable(),
  };
}

const conditions: Condition[] = [
  { context: { hospital: ['h1', 'h2', 'h7'] } },
  { context: { hospital: 'h3' } },
  { context: { hospital: many.slice(0, 35) } },
  { context: { hospital: many.slice(30) } },
  { context: { year: { gte: 2025 } } },
  { context: { year: { gt: 2023, lte: 2025 } } },
  { context: { grade: { gte: '1-a' } } },
  { context: { grade: { lt: '2-c', ne: 'none' } } },
  { context: { hospital: ['h1', 'h2'], year: { gte: 2024 }, grade: ['2-a', '2-b'] } },
  { all: [{ context: { hospital: 'h1' } }, { context: { year: 2025 } }] },
  { any: [{ context: { hospital: 'h2' } }, { not: { context: { grade: { gte: '2-c' } } } }] },
  { values: { 'beds.total': { gte: 100 } } },
  { context: { hospital: ['', 'h1'] } },
];

const contexts: Record<string, unknown>[] = [];
for (const hospital of [undefined, '', 'h1', 'h2', 'h3', 'h7', 'h31', 'h33', 'h39', 'other']) {
  for (const year of [undefined, 2023, 2024, 2025, 2026, '2025']) {
    for (const grade of [undefined, 'none', '1-a', '2-c', '2-a', 'x']) contexts.push({ hospital, year, grade });
  }
}

describe('compileCondition', () => {
  it('decides every condition as evaluateCondition does, lists longer than a mask included', () => {
    const p = plan();
    const compiled = conditions.map((c) => compileCondition(c, p));
    for (const context of contexts) {
      for (const answers of [{}, { beds: { total: 120 } }, { beds: { total: 80 } }]) {
        const values = new SubmissionValues(p, { context: context as never, answers });
        compiled.forEach((holds, i) => {
          expect([i, context, answers, holds(values)]).toEqual([i, context, answers, evaluateCondition(conditions[i]!, values)]);
        });
      }
    }
  });

  it('evaluates a condition shared by several criteria once per submission', () => {
    const p = plan();
    const shared = () => ({ values: { 'beds.total': { gte: 100 } } }) as Condition;
    const first = compileCondition(shared(), p);
    const second = compileCondition(shared(), p);
    let reads = 0;
    const beds = { get total() { reads += 1; return 120; } };
    const values = new SubmissionValues(p, { context: {}, answers: { beds } });
    expect([first(values), second(values), first(values)]).toEqual([true, true, true]);
    expect(reads).toBe(1);
    // A new submission is evaluated afresh.
    expect(second(new SubmissionValues(p, { context: {}, answers: { beds: { total: 5 } } }))).toBe(false);
  });
});
