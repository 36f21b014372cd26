import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../../../checklist/definition-schema.js';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';
import type { ScoreSummary } from '../../model/submission.js';
import { computeRoundDashboard } from './round-dashboard.js';

const round = { id: 'r', name: { zh: '轮次' }, year: 2025, type: 'annual', status: 'open', checklistId: 'c', checklistVersion: 2, institutionIds: ['a', 'b'], audit: [] } as unknown as EvaluationRound;
const definition = {
  title: { zh: '清单' },
  sections: [{ id: 's1', title: { zh: '一' } }, { id: 's2', title: { zh: '二' } }],
  criteria: [
    { id: 'beds', section: 's1', title: { zh: '床位' }, clause: '一' },
    { id: 'icu', section: 's1', title: { zh: '重症' }, clause: '二' },
    { id: 'staff', section: 's2', title: { zh: '人员' }, clause: '三' },
  ],
  bands: [],
} as unknown as ChecklistDefinition;
const scored = (institutionId: string, checklistVersion: number, criteria: ScoreSummary['criteria']): SubmissionDigest =>
  ({
    id: `r.${institutionId}.self`, roundId: 'r', institutionId, kind: 'self', checklistId: 'c', checklistVersion, status: 'scored', revision: 1, version: 3, updatedAt: '',
    score: { revision: 1, checklistVersion, engineVersion: '1', total: 50, band: null, vetoHits: [], criteria, scoredAt: '', resultKey: 'k' },
  }) as SubmissionDigest;

describe('computeRoundDashboard', () => {
  it("reads each score's criteria by id whatever their order, and marks those its version did not have", () => {
    const d = computeRoundDashboard(round, definition, [], [], [
      // Scored with the round's version: criteria in the definition's order.
      scored('a', 2, [{ id: 'beds', status: 'met', points: 2, maxPoints: 2 }, { id: 'icu', status: 'not-met', points: 0, maxPoints: 2 }, { id: 'staff', status: 'partial', points: 1, maxPoints: 2 }]),
      // Scored with an older version: another order, and no `staff`.
      scored('b', 1, [{ id: 'icu', status: 'met', points: 2, maxPoints: 2 }, { id: 'beds', status: 'not-met', points: 0, maxPoints: 2 }]),
    ]);
    expect(d.rows.map((r) => [r.institutionId, r.self?.statuses, r.self?.sections])).toEqual([
      ['a', 'mnp', [50, 50]],
      ['b', 'nm-', [50, null]],
    ]);
    expect(d.checklistVersions).toEqual([1, 2]);
  });
});
