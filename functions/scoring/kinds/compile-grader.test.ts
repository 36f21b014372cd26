import { describe, expect, it } from 'vitest';
import type { Credit, Criterion, Scale } from '../../checklist/definition-schema.js';
import { CRITERION_KINDS, GRADED_KINDS, kindOf } from './index.js';

/**
 * Scoring grades with each kind's `compileGrader` and words gaps with its `grade`: the two must
 * give the same fraction for every answer, or a result's status would contradict its own gap.
 */
const numbers = [-5, -0.5, 0, 0.1, 1, 1.5, 2, 2.999, 3, 3.0000000001, 4, 5, 9.9, 10, 10.5, 12, 15, 20, 100, Number.NaN, Number.POSITIVE_INFINITY];
const notNumbers = [undefined, null, '', '3', true, false, {}, [], [1, 2, 3], ['a', 'b']];
const numericTargets = [
  ...(['>=', '>', '<=', '<', '='] as const).flatMap((op) => [0, 3, 10].map((value) => ({ op, value }))),
  { op: 'between', min: 2, max: 10 }, { op: 'between', min: 3, max: 3 },
  { op: 'about', value: 10, tolerance: 2 }, { op: 'about', value: 10, tolerance: 0 },
  { op: 'about', value: 10, tolerance: 2, direction: 'at-least' }, { op: 'about', value: 10, tolerance: 2, direction: 'at-most' },
];
const numericCredits: (Credit | undefined)[] = [undefined, { mode: 'linear', from: 0 }, { mode: 'linear', from: 5 }, { mode: 'linear', from: 20, to: 15 }, { mode: 'linear', from: 10 }];

const scale: Scale = { levels: ['0', '1', '2', '3', '4'].map((value) => ({ value, label: { zh: `${value}级` } })) } as Scale;
const items = ['a', 'b', 'c', 'd'].map((value) => ({ value, label: { zh: value } }));

function agree(name: keyof typeof CRITERION_KINDS, targets: unknown[], credits: (Credit | undefined)[], values: unknown[], extra: Partial<Criterion> = {}) {
  const kind = kindOf(name);
  let checked = 0;
  for (const target of targets) {
    for (const credit of credits) {
      const criterion = { id: 'c', kind: name, ...extra, ...(credit ? { credit } : {}) } as Criterion;
      const input = { criterion, ...(name === 'ordinal' ? { scale } : {}) };
      const fraction = kind.compileGrader!(target as never, input);
      for (const value of values) {
        expect({ target, credit, value, fraction: fraction(value) }).toEqual({ target, credit, value, fraction: kind.grade(value, target as never, input)?.fraction });
        checked += 1;
      }
    }
  }
  return checked;
}

describe('compileGrader', () => {
  it('is given by every kind that takes a target', () => {
    for (const name of GRADED_KINDS) expect(typeof kindOf(name).compileGrader, name).toBe('function');
  });

  it('numeric: the same fraction as grade for every bound, range, about and credit', () => {
    expect(agree('numeric', numericTargets, numericCredits, [...numbers, ...notNumbers])).toBeGreaterThan(2000);
  });

  it('count: the same for numbers and for lists counted by their length', () => {
    const lists = [[], ['x'], ['x', 'y', 'z'], new Array(10).fill('x'), new Array(12).fill('x')];
    expect(agree('count', numericTargets, numericCredits, [...numbers, ...notNumbers, ...lists])).toBeGreaterThan(2000);
  });

  it('ordinal: the same for every level, comparison and linear credit, and undefined off the scale', () => {
    const targets = (['>=', '>', '<=', '<', '='] as const).flatMap((op) => scale.levels.map((l) => ({ op, level: l.value })));
    const credits: (Credit | undefined)[] = [undefined, ...scale.levels.map((l) => ({ mode: 'linear', from: l.value }) as Credit)];
    expect(agree('ordinal', targets, credits, [...scale.levels.map((l) => l.value), '9', 3, ...notNumbers], { scale: 'levels' })).toBeGreaterThan(1000);
    const withoutScale = kindOf('ordinal').compileGrader!({ op: '>=', level: '2' }, { criterion: { kind: 'ordinal' } as Criterion });
    expect(withoutScale('2')).toBeUndefined();
  });

  it('coverage: the same for all-or-some and proportional credit over every subset of the items', () => {
    const subsets = Array.from({ length: 16 }, (_, mask) => items.filter((_, i) => mask & (1 << i)).map((item) => item.value));
    const credits: (Credit | undefined)[] = [undefined, { mode: 'proportional' }];
    expect(agree('coverage', [{}, { min: 1 }, { min: 3 }, { min: 4 }], credits, [...subsets, ['z'], 'a', ...notNumbers], { items })).toBeGreaterThan(100);
  });

  it('boolean: the same for both requirements', () => {
    expect(agree('boolean', [{ equals: true }, { equals: false }], [undefined], [true, false, ...notNumbers, 0, 1])).toBeGreaterThan(20);
  });
});
