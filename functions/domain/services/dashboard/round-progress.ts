import type { Institution } from '../../model/institution.js';
import type { LocalizedText } from '../../model/localized.js';
import type { Region } from '../../model/region.js';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';
import type { SubmissionKind } from '../../model/submission.js';
import { participantOf, roundParticipants, type Participant } from '../../model/participant.js';
import { emptyStageCounts, stageOf, type Stage } from './participant-stage.js';

/** One participant's self-evaluation and expert evaluation, as far as they have got. */
export interface ParticipantProgress {
  /** What the round lists: an institution, or a region in a round of a region checklist. */
  participantType: Participant['type'];
  /** The participant's id (a region's id when `participantType` is `region`). */
  institutionId: string;
  name: LocalizedText;
  region: { id: string; name: LocalizedText } | null;
  self: { stage: Stage; submissionId: string | null; updatedAt: string | null; checklistVersion: number | null };
  expert: { stage: Stage; submissionId: string | null; updatedAt: string | null; checklistVersion: number | null };
}

/**
 * How far a re-score has got: of the submissions that count (submitted or scored), how many
 * are scored against the round's checklist version. `pending` reaches 0 when the re-score is done.
 */
export interface RescoreProgress {
  checklistVersion: number;
  total: number;
  done: number;
  pending: number;
  /** The round's last re-score onto another version (its audit entry), if any. */
  last: { at: string; by: string; from: number | null; to: number | null } | null;
}

export interface RoundProgress {
  roundId: string;
  status: EvaluationRound['status'];
  counts: Record<SubmissionKind, Record<Stage, number>>;
  participants: ParticipantProgress[];
  rescore: RescoreProgress;
}

function side(s: SubmissionDigest | undefined): ParticipantProgress['self'] {
  return { stage: stageOf(s), submissionId: s?.id ?? null, updatedAt: s?.updatedAt ?? null, checklistVersion: s?.score?.checklistVersion ?? s?.checklistVersion ?? null };
}

/** Chinese names in pinyin order, as a county's lists are read; ids break ties so the order never moves. */
const collator = new Intl.Collator('zh-CN');

/** Region first, then name, then id: participants without a region (regions themselves) by name. */
function byRegionThenName(a: ParticipantProgress, b: ParticipantProgress): number {
  return collator.compare(a.region?.name.zh ?? '', b.region?.name.zh ?? '') || collator.compare(a.name.zh, b.name.zh) || (a.institutionId < b.institutionId ? -1 : a.institutionId > b.institutionId ? 1 : 0);
}

/**
 * Who has not started, drafted, submitted, been returned, been scored, for the self-evaluation and
 * the expert evaluation each; participants in a stable order (region, then name). And a re-score's
 * progress. Pure.
 */
export function computeRoundProgress(round: EvaluationRound, institutions: Institution[], regions: Region[], submissions: SubmissionDigest[]): RoundProgress {
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const regionRef = (id: string) => ({ id, name: regionById.get(id)?.name ?? { zh: id } });
  const keyOf = (p: Participant, kind: SubmissionKind) => `${p.type}|${p.id}|${kind}`;
  const pick = new Map(submissions.map((s) => [keyOf(participantOf(s), s.kind), s]));
  const counts = { self: emptyStageCounts(), expert: emptyStageCounts() };
  // A round lists institutions or, for a region checklist, regions: each gets its row.
  const participants = roundParticipants(round).map((p): ParticipantProgress => {
    const self = side(pick.get(keyOf(p, 'self')));
    const expert = side(pick.get(keyOf(p, 'expert')));
    counts.self[self.stage]++;
    counts.expert[expert.stage]++;
    if (p.type === 'region') return { participantType: 'region', institutionId: p.id, name: regionRef(p.id).name, region: null, self, expert };
    const institution = byId.get(p.id);
    const regionId = institution?.regionId;
    return { participantType: 'institution', institutionId: p.id, name: institution?.name ?? { zh: p.id }, region: regionId ? regionRef(regionId) : null, self, expert };
  }).sort(byRegionThenName);
  const counted = submissions.filter((s) => s.status === 'submitted' || s.status === 'scored');
  const done = counted.filter((s) => s.status === 'scored' && s.score?.checklistVersion === round.checklistVersion).length;
  const entry = [...round.audit].reverse().find((a) => a.action === 'rescore');
  const moved = entry?.changes?.checklistVersion as [number, number] | undefined;
  return {
    roundId: round.id,
    status: round.status,
    counts,
    participants,
    rescore: {
      checklistVersion: round.checklistVersion,
      total: counted.length,
      done,
      pending: counted.length - done,
      last: entry ? { at: entry.at, by: entry.by, from: moved?.[0] ?? null, to: moved?.[1] ?? null } : null,
    },
  };
}
