import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { Institution } from '../model/institution.js';
import type { Region } from '../model/region.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission } from '../model/submission.js';
import { computeRoundResults } from './round-results.js';

const round = { id: 'r', name: { zh: '轮' }, year: 2025, type: 'final', checklistId: 'c', checklistVersion: 1, status: 'open', institutionIds: ['a', 'b', 'c'], expertIds: [] } as unknown as EvaluationRound;
const definition = {
  title: { zh: '清单' },
  criteria: [
    { id: 'k1', title: { zh: '一' }, clause: '1', section: 's' },
    { id: 'k2', title: { zh: '二' }, clause: '2', section: 's' },
  ],
} as unknown as ChecklistDefinition;
const institutions = ['a', 'b'].map((id) => ({ id, name: { zh: `医院${id}` } }) as Institution);

function scored(institutionId: string, kind: 'self' | 'expert', total: number, k1: string, k2: string): Submission {
  return {
    id: `${institutionId}.${kind}`,
    institutionId,
    kind,
    status: 'scored',
    score: {
      total,
      band: { id: total >= 60 ? 'pass' : 'fail', label: { zh: total >= 60 ? '合格' : '不合格' } },
      vetoHits: [],
      criteria: [
        { id: 'k1', status: k1, points: k1 === 'met' ? 1 : 0, maxPoints: 1 },
        { id: 'k2', status: k2, points: k2 === 'met' ? 1 : 0, maxPoints: 1 },
      ],
    },
  } as unknown as Submission;
}

describe('computeRoundResults', () => {
  const results = computeRoundResults(round, definition, institutions, [
    scored('a', 'self', 100, 'met', 'met'),
    scored('a', 'expert', 50, 'met', 'not-met'),
    scored('b', 'self', 50, 'not-met', 'met'),
    { id: 'b.expert', institutionId: 'b', kind: 'expert', status: 'draft' } as Submission,
  ]);

  it('gives every institution of the round a row, with totals, bands and the expert-minus-self difference', () => {
    expect(results.institutions.map((i) => [i.institutionId, i.self?.total ?? null, i.expert?.total ?? null, i.difference])).toEqual([
      ['a', 100, 50, -50],
      ['b', 50, null, null],
      ['c', null, null, null],
    ]);
    expect(results.institutions[1]!.expert).toMatchObject({ status: 'draft', band: null });
    expect(results.institutions[2]!.name).toEqual({ zh: 'c' });
    const withRegions = computeRoundResults(round, definition, institutions.map((i) => ({ ...i, regionId: 'r1' })), [], [{ id: 'r1', name: { zh: '某县' } } as Region]);
    expect(withRegions.institutions.map((i) => i.region?.name.zh ?? null)).toEqual(['某县', '某县', null]);
  });

  it('counts attainment per criterion and kind, and lists where self and expert disagree', () => {
    expect(results.criteria.map((c) => [c.id, c.self, c.expert])).toEqual([
      ['k1', { met: 1, 'not-met': 1 }, { met: 1 }],
      ['k2', { met: 2 }, { 'not-met': 1 }],
    ]);
    expect(results.differences).toEqual([{ institutionId: 'a', criterionId: 'k2', self: { status: 'met', points: 1 }, expert: { status: 'not-met', points: 0 } }]);
  });

  it('says which checklist and engine version each score came from, and compares only scores of the same checklist version', () => {
    const v = (s: Submission, checklistVersion: number) => ({ ...s, score: { ...s.score!, checklistVersion, engineVersion: '1.0.0' } }) as Submission;
    const mixed = computeRoundResults(round, definition, institutions, [
      v(scored('a', 'self', 100, 'met', 'met'), 1),
      v(scored('a', 'expert', 50, 'met', 'not-met'), 2),
      v(scored('b', 'self', 50, 'not-met', 'met'), 2),
      v(scored('b', 'expert', 100, 'met', 'met'), 2),
    ]);
    expect(mixed.institutions[0]!.self).toMatchObject({ checklistVersion: 1, engineVersion: '1.0.0' });
    expect(mixed.institutions[0]!.expert).toMatchObject({ checklistVersion: 2, engineVersion: '1.0.0' });
    expect(mixed.institutions.map((i) => i.difference)).toEqual([null, 50, null]);
    expect(mixed.differences.map((d) => d.institutionId)).toEqual(['b']);
    expect([mixed.checklistVersions, mixed.mixedVersions]).toEqual([[1, 2], true]);
    const none = computeRoundResults(round, definition, institutions, []);
    expect([none.checklistVersions, none.mixedVersions]).toEqual([[], false]);
    expect(results.institutions[1]!.expert).toMatchObject({ checklistVersion: null, engineVersion: null });
  });
  it('reads a score that lists its criteria in another order, or lacks one, by criterion id (missing where absent)', () => {
    const a = scored('a', 'self', 100, 'met', 'not-met');
    const shuffled = { ...a, score: { ...a.score!, criteria: [...a.score!.criteria].reverse() } } as Submission;
    const e = scored('a', 'expert', 50, 'met', 'met');
    const partial = { ...e, score: { ...e.score!, criteria: e.score!.criteria.slice(1) } } as Submission;
    const out = computeRoundResults(round, definition, institutions, [shuffled, partial]);
    expect(out.criteria.map((c) => [c.id, c.self, c.expert])).toEqual([
      ['k1', { met: 1 }, { missing: 1 }],
      ['k2', { 'not-met': 1 }, { met: 1 }],
    ]);
    expect(out.differences).toEqual([{ institutionId: 'a', criterionId: 'k2', self: { status: 'not-met', points: 0 }, expert: { status: 'met', points: 1 } }]);
  });
});
