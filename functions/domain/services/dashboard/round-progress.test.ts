import { describe, expect, it } from 'vitest';
import type { Region } from '../../model/region.js';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';
import { computeRoundProgress } from './round-progress.js';

const round = (o: Partial<EvaluationRound>) =>
  ({ id: 'r', status: 'open', checklistId: 'c', checklistVersion: 1, institutionIds: [], audit: [], ...o }) as unknown as EvaluationRound;
const digest = (o: Partial<SubmissionDigest>) =>
  ({ id: 's', roundId: 'r', kind: 'self', checklistId: 'c', checklistVersion: 1, status: 'draft', revision: 1, version: 1, updatedAt: '2025-03-01T00:00:00.000Z', ...o }) as SubmissionDigest;
const regions = [
  { id: 'east', name: { zh: '东县' }, level: 'county' },
  { id: 'west', name: { zh: '西县' }, level: 'county' },
] as Region[];

describe('computeRoundProgress', () => {
  it('lists a region round by its regions, each with its own stage (it listed nobody)', () => {
    const p = computeRoundProgress(round({ regionIds: ['east', 'west'] }), [], regions, [
      digest({ id: 'e1', regionId: 'east', status: 'submitted' }),
      digest({ id: 'e2', regionId: 'east', kind: 'expert', status: 'draft' }),
    ]);
    expect(p.participants.map((x) => [x.participantType, x.institutionId, x.name.zh, x.self.stage, x.expert.stage])).toEqual([
      ['region', 'east', '东县', 'submitted', 'draft'],
      ['region', 'west', '西县', 'not-started', 'not-started'],
    ]);
    expect(p.counts.self).toMatchObject({ submitted: 1, 'not-started': 1 });
  });

  it("does not take a region's submission for an institution of the same id", () => {
    const p = computeRoundProgress(round({ institutionIds: ['east'] }), [{ id: 'east', name: { zh: '东医院' }, regionId: 'west' }] as never, regions, [
      digest({ id: 'e1', regionId: 'east', status: 'submitted' }),
    ]);
    expect(p.participants[0]).toMatchObject({ participantType: 'institution', name: { zh: '东医院' }, region: { id: 'west' }, self: { stage: 'not-started' } });
  });

  it('lists participants by region, then name, whatever order the round gives them in, and counts expert stages apart from self ones', () => {
    const institutions = [
      { id: 'a', name: { zh: '乙医院' }, regionId: 'west' },
      { id: 'b', name: { zh: '甲医院' }, regionId: 'west' },
      { id: 'c', name: { zh: '丙医院' }, regionId: 'east' },
    ] as never;
    const p = computeRoundProgress(round({ institutionIds: ['a', 'b', 'c'] }), institutions, regions, [
      digest({ id: 's1', institutionId: 'a', status: 'submitted' }),
      digest({ id: 'x1', institutionId: 'a', kind: 'expert', status: 'draft' }),
      digest({ id: 's2', institutionId: 'c', status: 'draft' }),
    ]);
    // 东县 (dōng) before 西县 (xī); in 西县, 甲 (jiǎ) before 乙 (yǐ).
    expect(p.participants.map((x) => x.name.zh)).toEqual(['丙医院', '甲医院', '乙医院']);
    expect(p.counts.self).toMatchObject({ submitted: 1, draft: 1, 'not-started': 1 });
    expect(p.counts.expert).toMatchObject({ submitted: 0, draft: 1, 'not-started': 2 });
  });
});
