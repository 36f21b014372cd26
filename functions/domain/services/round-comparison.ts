import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import { differenceOf } from '../../scoring/difference.js';
import type { CriterionResult, StatusReason } from '../../scoring/result-types.js';
import type { Institution } from '../model/institution.js';
import type { LocalizedText } from '../model/localized.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission, SubmissionKind } from '../model/submission.js';

/** One side (self or expert) of one criterion, from the side's latest score. */
export interface ComparedSide {
  status: string;
  points: number;
  maxPoints: number;
  /** The value the engine read (after derivation), and in words; null when the full result is not stored. */
  value: unknown;
  text: LocalizedText | null;
  /**
   * Why the engine gave this status where the value alone does not say (`evidence-missing`: the
   * value meets the target, the required attachment is not there); null when the full result is
   * not stored or there is no such reason. Without it the same value read 未达标 on one side and
   * 达标 on the other, with nothing to tell why.
   */
  reason: StatusReason | null;
  /**
   * The side's author's note on the criterion (an expert's observation on site), null when none.
   * It comes with the side: whoever may read that evaluation reads its notes, as in the submission itself.
   */
  note: string | null;
}

/** One criterion of one institution: what the institution found, what the expert found. */
export interface CriterionComparison {
  criterionId: string;
  title: LocalizedText;
  section: string;
  clause: string;
  self: ComparedSide | null;
  expert: ComparedSide | null;
  /**
   * Both sides scored (same checklist version) and they differ by the on-site page's rule
   * (`scoring/difference.ts`: a different status, or values more than 5 % apart; never 不适用 on both sides).
   */
  different: boolean;
  /** Expert points minus self points, when both sides are scored against the same version. */
  pointsDifference: number | null;
}

/** Where one side's evaluation stands. */
export interface ComparedSubmission {
  submissionId: string;
  status: Submission['status'];
  total: number | null;
  checklistVersion: number | null;
}

/** One participant: both evaluations and every criterion, largest disagreements first. */
export interface InstitutionComparison {
  institutionId: string;
  name: LocalizedText;
  self: ComparedSubmission | null;
  expert: ComparedSubmission | null;
  /** Both scored against the same checklist version: only then are criteria compared. */
  comparable: boolean;
  totalDifference: number | null;
  /** Criteria that differ (`CriterionComparison.different`). */
  disagreements: number;
  /** Sum of |expert − self| points over the criteria. */
  pointsGap: number;
  criteria: CriterionComparison[];
}

/** A differing criterion across the round, for the "largest first" list. */
export interface ComparedDifference {
  institutionId: string;
  name: LocalizedText;
  criterionId: string;
  title: LocalizedText;
  self: ComparedSide;
  expert: ComparedSide;
  pointsDifference: number;
}

export interface RoundComparison {
  round: Pick<EvaluationRound, 'id' | 'name' | 'year' | 'type' | 'checklistId' | 'checklistVersion' | 'status'>;
  checklistTitle: LocalizedText;
  institutions: InstitutionComparison[];
  differences: ComparedDifference[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const scoredOf = (s: Submission | undefined) => (s && s.status === 'scored' && s.score && !s.score.error ? s.score : undefined);

function stateOf(s: Submission | undefined): ComparedSubmission | null {
  if (!s) return null;
  const score = scoredOf(s);
  return { submissionId: s.id, status: s.status, total: score?.total ?? null, checklistVersion: score?.checklistVersion ?? null };
}

/** A side of each criterion: status and points from the score summary, the value from the full result. */
function sidesOf(s: Submission | undefined, full: ReadonlyMap<string, CriterionResult[]>): Map<string, ComparedSide> {
  const out = new Map<string, ComparedSide>();
  const score = scoredOf(s);
  if (!s || !score) return out;
  const results = new Map((full.get(s.id) ?? []).map((c) => [c.id, c]));
  for (const c of score.criteria) {
    const r = results.get(c.id);
    out.set(c.id, { status: c.status, points: c.points, maxPoints: c.maxPoints, value: r?.actual?.value ?? null, text: r?.actual?.text ?? null, reason: r?.reason ?? null, note: s.notes?.[c.id] ?? null });
  }
  return out;
}

/** Differing first, the largest point difference first, then the checklist's order (a stable sort). */
const byDisagreement = (a: CriterionComparison, b: CriterionComparison) =>
  Number(b.different) - Number(a.different) || Math.abs(b.pointsDifference ?? 0) - Math.abs(a.pointsDifference ?? 0);

/**
 * Self vs expert for every participant and criterion of a round, largest disagreements first:
 * criteria within an institution, institutions by their summed point gap, and the round's
 * differing criteria in one list. Pure: the caller loads the submissions and stored results
 * (`full`, by submission id) and decides which institutions the caller may see.
 */
export function compareRound(
  round: EvaluationRound,
  definition: ChecklistDefinition,
  institutions: readonly Institution[],
  submissions: readonly Submission[],
  full: ReadonlyMap<string, CriterionResult[]>,
  institutionIds: readonly string[] = round.institutionIds,
): RoundComparison {
  const pick = (institutionId: string, kind: SubmissionKind) => submissions.find((s) => s.institutionId === institutionId && s.kind === kind);
  const names = new Map(institutions.map((i) => [i.id, i.name]));

  const rows = institutionIds.map((institutionId): InstitutionComparison => {
    const selfSub = pick(institutionId, 'self');
    const expertSub = pick(institutionId, 'expert');
    const self = stateOf(selfSub);
    const expert = stateOf(expertSub);
    const comparable = self?.checklistVersion != null && self.checklistVersion === expert?.checklistVersion;
    const selfSides = sidesOf(selfSub, full);
    const expertSides = sidesOf(expertSub, full);
    const criteria = definition.criteria.map((c): CriterionComparison => {
      const s = selfSides.get(c.id) ?? null;
      const e = expertSides.get(c.id) ?? null;
      const both = comparable && s !== null && e !== null;
      return {
        criterionId: c.id,
        title: c.title,
        section: c.section,
        clause: c.clause,
        self: s,
        expert: e,
        different: both && differenceOf(s, e) !== null,
        pointsDifference: both ? round2(e.points - s.points) : null,
      };
    });
    criteria.sort(byDisagreement);
    const totalDifference = comparable && self.total !== null && expert!.total !== null ? round2(expert!.total - self.total) : null;
    return {
      institutionId,
      name: names.get(institutionId) ?? { zh: institutionId },
      self,
      expert,
      comparable,
      totalDifference,
      disagreements: criteria.filter((c) => c.different).length,
      pointsGap: round2(criteria.reduce((n, c) => n + Math.abs(c.pointsDifference ?? 0), 0)),
      criteria,
    };
  });
  rows.sort((a, b) => b.pointsGap - a.pointsGap || b.disagreements - a.disagreements);

  // The round's list ranks what a score shows: a status or points apart. Values apart with the same
  // status and points (an info item 参考 → 参考) stay marked in the institution's rows only.
  const ranked = (c: CriterionComparison) => c.different && (c.self!.status !== c.expert!.status || c.pointsDifference !== 0);
  const differences = rows
    .flatMap((row) => row.criteria.filter(ranked).map((c) => ({ institutionId: row.institutionId, name: row.name, criterionId: c.criterionId, title: c.title, self: c.self!, expert: c.expert!, pointsDifference: c.pointsDifference! })))
    .sort((a, b) => Math.abs(b.pointsDifference) - Math.abs(a.pointsDifference));

  const { id, name, year, type, checklistId, checklistVersion, status } = round;
  return { round: { id, name, year, type, checklistId, checklistVersion, status }, checklistTitle: definition.title, institutions: rows, differences };
}
