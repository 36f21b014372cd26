import type { Institution } from '../../model/institution.js';
import type { LocalizedText } from '../../model/localized.js';
import type { EvaluationRound } from '../../model/round.js';
import type { Submission, SubmissionKind } from '../../model/submission.js';

/** One scored evaluation of the institution in one round. */
export interface HistoryPoint {
  roundId: string;
  roundName: LocalizedText;
  year: number;
  type: EvaluationRound['type'];
  kind: SubmissionKind;
  submissionId: string;
  checklistId: string;
  checklistVersion: number;
  total: number | null;
  band: { id: string; label: LocalizedText } | null;
  /** Criterion id → status, as scored. */
  criteria: Record<string, string>;
}

export interface InstitutionHistory {
  institution: Pick<Institution, 'id' | 'name' | 'regionId'>;
  /** Oldest first: by year, then baseline → annual → final. */
  points: HistoryPoint[];
  /** Titles of the criteria the points mention, by checklist id and criterion id. */
  criterionTitles: Record<string, Record<string, LocalizedText>>;
}

const TYPE_ORDER: Record<EvaluationRound['type'], number> = { baseline: 0, annual: 1, final: 2 };

/** Scored evaluations as history points, in the order the rounds happened (by year, then baseline → annual → final). Pure. */
export function historyPoints(submissions: Submission[], rounds: Map<string, EvaluationRound>): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  for (const s of submissions) {
    const round = rounds.get(s.roundId);
    if (!round || s.status !== 'scored' || !s.score) continue;
    points.push({
      roundId: round.id,
      roundName: round.name,
      year: round.year,
      type: round.type,
      kind: s.kind,
      submissionId: s.id,
      checklistId: s.checklistId,
      checklistVersion: s.score.checklistVersion,
      total: s.score.total,
      band: s.score.band,
      criteria: Object.fromEntries(s.score.criteria.map((c) => [c.id, c.status])),
    });
  }
  return points.sort((a, b) => roundOrder(a, b) || a.kind.localeCompare(b.kind));
}

/** Rounds in the order they happened: by year, then baseline → annual → final, then id. */
export function roundOrder(a: { year: number; type: EvaluationRound['type']; roundId: string }, b: { year: number; type: EvaluationRound['type']; roundId: string }): number {
  return a.year - b.year || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.roundId.localeCompare(b.roundId);
}

/** One institution's scored evaluations across rounds, in the order the rounds happened. Pure. */
export function computeInstitutionHistory(
  institution: Institution,
  submissions: Submission[],
  rounds: Map<string, EvaluationRound>,
  criterionTitles: InstitutionHistory['criterionTitles'],
): InstitutionHistory {
  return { institution: { id: institution.id, name: institution.name, regionId: institution.regionId }, points: historyPoints(submissions, rounds), criterionTitles };
}
