import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { CriterionResult } from '../../scoring/result-types.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission } from '../model/submission.js';
import { compareRound } from './round-comparison.js';

const round = { id: 'r', name: { zh: '轮' }, year: 2025, type: 'annual', checklistId: 'c', checklistVersion: 1, status: 'open', institutionIds: ['a', 'b', 'c'], expertIds: [] } as unknown as EvaluationRound;
const definition = {
  title: { zh: '表' },
  criteria: ['x', 'y', 'z'].map((id) => ({ id, title: { zh: id }, section: 's', clause: '一' })),
} as unknown as ChecklistDefinition;

/** A scored submission with the given points per criterion (status met when any points). */
function scored(institutionId: string, kind: 'self' | 'expert', points: Record<string, number>, version = 1): Submission {
  return {
    id: `r.${institutionId}.${kind}`,
    institutionId,
    kind,
    status: 'scored',
    score: {
      checklistVersion: version,
      total: Object.values(points).reduce((a, b) => a + b, 0),
      criteria: Object.entries(points).map(([id, p]) => ({ id, status: p > 0 ? 'met' : 'not-met', points: p, maxPoints: 10 })),
    },
  } as unknown as Submission;
}

describe('compareRound', () => {
  it('puts the largest disagreements first: institutions by summed point gap, criteria within each, and across the round', () => {
    const submissions = [
      scored('a', 'self', { x: 10, y: 10, z: 10 }),
      scored('a', 'expert', { x: 10, y: 8, z: 10 }),
      scored('b', 'self', { x: 10, y: 10, z: 10 }),
      scored('b', 'expert', { x: 0, y: 10, z: 5 }),
    ];
    const read = (id: string, value: number) => ({ id, actual: { value, text: { zh: `${value}张` } } }) as CriterionResult;
    const full = new Map<string, CriterionResult[]>([
      ['r.a.self', [read('y', 50)]],
      ['r.a.expert', [read('y', 40)]],
      ['r.b.self', [read('z', 50)]],
      ['r.b.expert', [read('x', 3), read('z', 30)]],
    ]);
    const out = compareRound(round, definition, [], submissions, full);
    expect(out.institutions.map((i) => [i.institutionId, i.pointsGap, i.disagreements])).toEqual([
      ['b', 15, 2],
      ['a', 2, 1],
      ['c', 0, 0],
    ]);
    expect(out.institutions[0]!.criteria.map((c) => [c.criterionId, c.pointsDifference, c.different])).toEqual([
      ['x', -10, true],
      ['z', -5, true],
      ['y', 0, false],
    ]);
    expect(out.institutions[0]!.criteria[0]!.expert).toMatchObject({ status: 'not-met', value: 3, text: { zh: '3张' } });
    expect(out.differences.map((d) => `${d.institutionId}.${d.criterionId}`)).toEqual(['b.x', 'b.z', 'a.y']);
    expect(out.institutions[2]).toMatchObject({ self: null, expert: null, comparable: false });
  });

  it('says why a side is not met when its value is the same as the other side\'s (the expert attached the evidence, the institution did not)', () => {
    const submissions = [scored('a', 'self', { x: 0 }), scored('a', 'expert', { x: 10 })];
    const value = { value: '2-a', text: { zh: '二级甲等' } };
    const full = new Map<string, CriterionResult[]>([
      ['r.a.self', [{ id: 'x', reason: 'evidence-missing', actual: value } as CriterionResult]],
      ['r.a.expert', [{ id: 'x', actual: value } as CriterionResult]],
    ]);
    const x = compareRound(round, definition, [], submissions, full).institutions[0]!.criteria.find((c) => c.criterionId === 'x')!;
    expect(x.self).toMatchObject({ status: 'not-met', text: { zh: '二级甲等' }, reason: 'evidence-missing' });
    expect(x.expert).toMatchObject({ status: 'met', text: { zh: '二级甲等' }, reason: null });
  });

  it('counts a criterion as different by the on-site page\'s rule: values apart with the same points differ, values within 5 % do not', () => {
    const submissions = [scored('a', 'self', { x: 10, y: 10 }), scored('a', 'expert', { x: 10, y: 10 })];
    const read = (id: string, value: number) => ({ id, actual: { value, text: { zh: `${value}%` } } }) as CriterionResult;
    const full = new Map<string, CriterionResult[]>([
      ['r.a.self', [read('x', 66.67), read('y', 40)]],
      ['r.a.expert', [read('x', 50), read('y', 39)]],
    ]);
    const row = compareRound(round, definition, [], submissions, full, ['a']).institutions[0]!;
    expect(row.criteria.map((c) => [c.criterionId, c.different, c.pointsDifference])).toEqual([
      ['x', true, 0],
      ['y', false, 0],
      ['z', false, null],
    ]);
    expect(row.disagreements).toBe(1);
  });

  it('does not count a criterion 不适用 on both sides, whatever values each side read (4 项不同 listed such an item)', () => {
    const notApplicable = (s: Submission): Submission => ({ ...s, score: { ...s.score!, criteria: s.score!.criteria.map((c) => ({ ...c, status: 'not-applicable', points: 0, maxPoints: 0 })) } });
    const submissions = [notApplicable(scored('a', 'self', { x: 0 })), notApplicable(scored('a', 'expert', { x: 0 }))];
    const read = (value: string) => ({ id: 'x', actual: { value, text: { zh: value } } }) as CriterionResult;
    const full = new Map<string, CriterionResult[]>([
      ['r.a.self', [read('三级乙等')]],
      ['r.a.expert', [read('三级甲等')]],
    ]);
    const row = compareRound(round, definition, [], submissions, full, ['a']).institutions[0]!;
    expect(row.criteria.find((c) => c.criterionId === 'x')).toMatchObject({ different: false, pointsDifference: 0 });
    expect(row.disagreements).toBe(0);
  });

  it("shows the expert's note on each item it was written for, with that evaluation", () => {
    const expert = { ...scored('a', 'expert', { x: 10, y: 0 }), notes: { x: '现场核对台账，床位数属实' } };
    const row = compareRound(round, definition, [], [scored('a', 'self', { x: 10, y: 0 }), expert], new Map(), ['a']).institutions[0]!;
    const byId = new Map(row.criteria.map((c) => [c.criterionId, c]));
    expect(byId.get('x')!.expert!.note).toBe('现场核对台账，床位数属实');
    expect(byId.get('y')!.expert!.note).toBeNull();
    expect(byId.get('x')!.self!.note).toBeNull();
  });

  it('does not compare scores made with different checklist versions', () => {
    const out = compareRound(round, definition, [], [scored('a', 'self', { x: 10 }), scored('a', 'expert', { x: 0 }, 2)], new Map(), ['a']);
    expect(out.institutions[0]).toMatchObject({ comparable: false, disagreements: 0, totalDifference: null });
    expect(out.differences).toEqual([]);
  });

  it('ranks among the round\'s largest differences only criteria whose status or points differ', () => {
    const submissions = [scored('a', 'self', { x: 0, y: 10 }), scored('a', 'expert', { x: 0, y: 8 })];
    const read = (id: string, value: string) => ({ id, actual: { value, text: { zh: value } } }) as CriterionResult;
    const full = new Map<string, CriterionResult[]>([
      ['r.a.self', [read('x', '是'), read('y', '甲')]],
      ['r.a.expert', [read('x', '否'), read('y', '乙')]],
    ]);
    const out = compareRound(round, definition, [], submissions, full, ['a']);
    expect(out.institutions[0]!.criteria.find((c) => c.criterionId === 'x')!.different).toBe(true);
    expect(out.differences.map((d) => d.criterionId)).toEqual(['y']);
  });
});
