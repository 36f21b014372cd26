import type { Band } from '../checklist/definition-schema.js';
import type { DefinitionIssue } from '../checklist/definition-issue.js';
import type { CompiledChecklist } from './assemble-compiled.js';
import { gradingPlan, type GradingPlan, type TargetPlan } from './grading-plan.js';
import type { CriterionStatus, ScoringError, StatusReason, Submission } from './result-types.js';
import { SubmissionValues } from './submission-values.js';

/** A section's subtotal. */
export interface SectionGrade {
  points: number;
  maxPoints: number;
  /** On a 100-point scale; null when nothing in the section applies. */
  score: number | null;
  counts: Record<CriterionStatus, number>;
}

/**
 * What grading a submission decides, without a word of text: per criterion (by its index in the
 * definition) the status, points and what was read; section subtotals, total, band and veto hits.
 * `resultOf` (score-result.ts) words it into the stored `ScoreResult`.
 */
export interface Grading {
  readonly plan: GradingPlan;
  /** The submission with its context normalized. */
  readonly submission: Submission;
  readonly statuses: CriterionStatus[];
  readonly reasons: (StatusReason | undefined)[];
  readonly points: number[];
  readonly maxPoints: number[];
  /** The value read for each criterion (after derivation), answered or not. */
  readonly values: unknown[];
  /** The target each criterion was graded against; undefined where none applied. */
  readonly targets: (TargetPlan | undefined)[];
  /** Evidence items offered per criterion. */
  readonly evidence: number[];
  readonly sections: SectionGrade[];
  readonly counts: Record<CriterionStatus, number>;
  /** Sums over all criteria, unrounded. */
  readonly pointsSum: number;
  readonly maxPointsSum: number;
  readonly total: number | null;
  readonly band: Band | undefined;
  readonly bandBeforeVeto: Band | undefined;
  readonly vetoHits: string[];
  readonly complete: boolean;
  readonly contextProblems: DefinitionIssue[];
  readonly failures: ScoringError[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
const noCounts = (): Record<CriterionStatus, number> => ({ met: 0, partial: 0, 'not-met': 0, 'not-applicable': 0, missing: 0, info: 0 });

/**
 * Grades a submission: applicability, target, comparison, evidence and points for every
 * criterion, then subtotals, total, band and veto hits. Everything read from the definition was
 * prepared once per checklist version (`gradingPlan`); this pass only reads answers and compares.
 */
export function gradeSubmission(compiled: CompiledChecklist, raw: Submission): Grading {
  const plan = gradingPlan(compiled);
  // "2025" from a query string must match a year condition exactly as 2025 does.
  const submission: Submission = { ...raw, context: compiled.normalizeContext(raw.context) };
  const values = new SubmissionValues(plan.values, submission);
  const n = plan.criteria.length;
  const statuses = new Array<CriterionStatus>(n);
  const reasons = new Array<StatusReason | undefined>(n);
  const points = new Array<number>(n);
  const maxPoints = new Array<number>(n);
  const read = new Array<unknown>(n);
  const targets = new Array<TargetPlan | undefined>(n);
  const evidence = new Array<number>(n);
  const offered = submission.evidence;
  for (let i = 0; i < n; i++) {
    const c = plan.criteria[i]!;
    evidence[i] = offered?.[c.criterion.id]?.length ?? 0;
    const value = c.read(values);
    read[i] = value;
    let status: CriterionStatus = 'not-applicable';
    let reason: StatusReason | undefined;
    let earned = 0;
    let max = 0;
    let target: TargetPlan | undefined;
    if (c.applies && !c.applies(values)) reason = 'condition-not-met';
    else if (!c.graded) status = 'info';
    else {
      for (const t of c.targets) {
        if (!t.when || t.when(values)) {
          target = t;
          break;
        }
      }
      if (!target) reason = 'no-target-for-context';
      else {
        max = c.maxPoints;
        const fraction = c.answered(value) ? target.fraction(value) : undefined;
        if (fraction === undefined) {
          status = 'missing';
          reason = 'no-answer';
        } else if (c.evidenceRequired && evidence[i] === 0 && fraction > 0) {
          status = 'not-met';
          reason = 'evidence-missing';
        } else {
          status = fraction >= 1 ? 'met' : fraction > 0 ? 'partial' : 'not-met';
          earned = round2(max * fraction);
        }
      }
    }
    statuses[i] = status;
    reasons[i] = reason;
    points[i] = earned;
    maxPoints[i] = max;
    targets[i] = target;
  }
  // What cannot be scored is refused, not scored as 不适用: a missing, unknown or contradictory
  // context value would otherwise silently switch criteria off.
  const contextProblems = compiled.validateContext(submission.context);
  const failures = values.failures;
  const unscorable = contextProblems.length > 0 || failures.length > 0;
  const sections: SectionGrade[] = [];
  for (const members of plan.sectionMembers) {
    const sectionCounts = noCounts();
    let sum = 0;
    let maxSum = 0;
    for (const i of members) {
      sum += points[i]!;
      maxSum += maxPoints[i]!;
      sectionCounts[statuses[i]!] += 1;
    }
    sections.push({ points: sum, maxPoints: maxSum, score: maxSum > 0 ? round1((sum / maxSum) * 100) : null, counts: sectionCounts });
  }
  const counts = noCounts();
  const vetoHits: string[] = [];
  let pointsSum = 0;
  let maxPointsSum = 0;
  let complete = !unscorable;
  for (let i = 0; i < n; i++) {
    const status = statuses[i]!;
    pointsSum += points[i]!;
    maxPointsSum += maxPoints[i]!;
    counts[status] += 1;
    if (status === 'missing') complete = false;
    // A veto item counts only when fully met: partial credit on a 一票否决 item is still a hit.
    if (plan.criteria[i]!.veto && (status === 'not-met' || status === 'missing' || status === 'partial')) vetoHits.push(plan.criteria[i]!.criterion.id);
  }
  const total = maxPointsSum > 0 && !unscorable ? round1((pointsSum / maxPointsSum) * 100) : null;
  let bandBeforeVeto: Band | undefined;
  if (total !== null) {
    for (const b of plan.bandsDown) {
      if (total >= b.min) {
        bandBeforeVeto = b;
        break;
      }
    }
  }
  const cap = plan.vetoCap;
  const band = vetoHits.length && bandBeforeVeto && cap && cap.min < bandBeforeVeto.min ? cap : bandBeforeVeto;
  return {
    plan, submission, statuses, reasons, points, maxPoints, values: read, targets, evidence,
    sections, counts, pointsSum, maxPointsSum, total, band, bandBeforeVeto, vetoHits, complete, contextProblems, failures,
  };
}
