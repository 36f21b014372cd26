import { describe, expect, it } from 'vitest';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';
import type { Submission } from '../../model/submission.js';
import { aggregateRegionRounds, computeRegionHistory } from './region-history.js';

const round = (id: string, year: number, type: EvaluationRound['type'], institutionIds: string[], regionIds: string[] = []): EvaluationRound => ({
  id, name: { zh: id }, checklistId: institutionIds.length ? 'hospital' : 'county', checklistVersion: 1, type, year, institutionIds, regionIds, expertIds: [], status: 'open', version: 1, createdAt: '', updatedAt: '', audit: [],
});
const scored = (roundId: string, who: string, total: number | null, statuses: Record<string, string>, kind: 'self' | 'expert' = 'self'): SubmissionDigest => ({
  id: `${roundId}.${who}.${kind}`, roundId, institutionId: who, kind, checklistId: 'hospital', checklistVersion: 1, status: 'scored', revision: 1, version: 3, updatedAt: '',
  score: { revision: 1, checklistVersion: 1, engineVersion: 'e', total, band: null, vetoHits: [], criteria: Object.entries(statuses).map(([id, status]) => ({ id, status, points: 0, maxPoints: 1 })), scoredAt: '', resultKey: 'k' },
});

describe('a region over time', () => {
  const members = new Set(['a', 'b', 'c']);
  const final = round('final', 2025, 'final', ['a', 'b', 'x']);
  const baseline = round('base', 2023, 'baseline', ['a', 'b', 'c']);
  const annual = round('annual', 2024, 'annual', ['a', 'c']);
  const elsewhere = round('other', 2024, 'annual', ['x']);
  const digests = new Map([
    ['base', [scored('base', 'a', 40, { beds: 'not-met', icu: 'not-applicable' }), scored('base', 'b', 60, { beds: 'met', icu: 'partial' }), { ...scored('base', 'c', 90, { beds: 'met' }), status: 'submitted' as const }]],
    ['annual', [scored('annual', 'a', 70, { beds: 'met', icu: 'met' }), scored('annual', 'a', 50, { beds: 'not-met', icu: 'met' }, 'expert')]],
    // x is not the region's: its 100 must not lift the mean.
    ['final', [scored('final', 'a', 80, { beds: 'met', icu: 'met' }), scored('final', 'b', 91, { beds: 'met', icu: 'missing' }), scored('final', 'x', 100, { beds: 'met' })]],
  ]);

  it('orders rounds baseline → annual → final and averages only scored members, per kind', () => {
    const out = aggregateRegionRounds([final, elsewhere, annual, baseline], members, digests);
    expect(out.map((a) => `${a.roundId}:${a.kind}`)).toEqual(['base:self', 'annual:expert', 'annual:self', 'final:self']);
    expect(out.map((a) => [a.participants, a.scored, a.meanTotal])).toEqual([[3, 2, 50], [2, 1, 50], [2, 1, 70], [2, 2, 85.5]]);
  });

  it('counts a criterion met of the members it applied to (not-applicable and info left out)', () => {
    const base = aggregateRegionRounds([baseline], members, digests)[0]!;
    expect(base.criteria).toEqual({ beds: { met: 1, judged: 2 }, icu: { met: 0, judged: 1 } });
    const fin = aggregateRegionRounds([final], members, digests)[0]!;
    expect(fin.criteria).toEqual({ beds: { met: 2, judged: 2 }, icu: { met: 1, judged: 2 } });
  });

  it("lists the region's own evaluations (region checklists) in round order", () => {
    const county = [round('c-final', 2025, 'final', [], ['north']), round('c-base', 2023, 'baseline', [], ['north'])];
    const own = county.map((r) => ({ ...scored(r.id, 'north', r.year === 2023 ? 55 : 75, { plan: 'met' }), institutionId: undefined, regionId: 'north', checklistId: 'county' }) as unknown as Submission);
    const h = computeRegionHistory({ id: 'north', name: { zh: '北县' }, level: 'county', version: 1, createdAt: '', updatedAt: '', audit: [] }, own, new Map(county.map((r) => [r.id, r])), [], {});
    expect(h.own.map((p) => [p.roundId, p.total, p.criteria])).toEqual([['c-base', 55, { plan: 'met' }], ['c-final', 75, { plan: 'met' }]]);
  });
});
