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

// Statuses by a small code while grading: counting into number arrays by index, where counting
// into a `Record` by the status string was a keyed store per criterion (a tenth of grading).
const MET = 0;
const PARTIAL = 1;
const NOT_MET = 2;
const NOT_APPLICABLE = 3;
const MISSING = 4;
const INFO = 5;
const STATUS: readonly CriterionStatus[] = ['met', 'partial', 'not-met', 'not-applicable', 'missing', 'info'];
const countsAt = (c: readonly number[], at: number): Record<CriterionStatus, number> => ({
  met: c[at]!, partial: c[at + 1]!, 'not-met': c[at + 2]!, 'not-applicable': c[at + 3]!, missing: c[at + 4]!, info: c[at + 5]!,
});

/** Evidence items offered for a criterion (the texts pass reports it; grading reads it only where evidence is required). */
export function evidenceCount(submission: Submission, criterionId: string): number {
  return submission.evidence?.[criterionId]?.length ?? 0;
}

/**
 * Grades a submission: applicability, target, comparison, evidence and points for every
 * criterion, then subtotals, total, band and veto hits. Everything read from the definition was
 * prepared once per checklist version (`gradingPlan`); this pass only reads answers and compares.
 */
export function gradeSubmission(compiled: CompiledChecklist, raw: Submission): Grading {
  const plan = gradingPlan(compiled);
  // "2025" from a query string must match a year condition exactly as 2025 does.
  const context = compiled.normalizeContext(raw.context);
  const submission: Submission = context === raw.context ? raw : { ...raw, context };
  const values = new SubmissionValues(plan.values, submission);
  const criteria = plan.criteria;
  const n = criteria.length;
  const statuses = new Array<CriterionStatus>(n);
  const codes = new Array<number>(n);
  const reasons = new Array<StatusReason | undefined>(n);
  const points = new Array<number>(n);
  const maxPoints = new Array<number>(n);
  const read = new Array<unknown>(n);
  const targets = new Array<TargetPlan | undefined>(n);
  const counts = [0, 0, 0, 0, 0, 0];
  const vetoHits: string[] = [];
  let pointsSum = 0;
  let maxPointsSum = 0;
  for (let i = 0; i < n; i++) {
    const c = criteria[i]!;
    const value = c.read(values);
    read[i] = value;
    let code = NOT_APPLICABLE;
    let reason: StatusReason | undefined;
    let earned = 0;
    let max = 0;
    let target: TargetPlan | undefined;
    if (c.applies !== undefined && !c.applies(values)) reason = 'condition-not-met';
    else if (!c.graded) code = INFO;
    else {
      const variants = c.targets;
      for (let t = 0; t < variants.length; t++) {
        const variant = variants[t]!;
        if (variant.when === undefined || variant.when(values)) {
          target = variant;
          break;
        }
      }
      if (target === undefined) reason = 'no-target-for-context';
      else {
        max = c.maxPoints;
        const fraction = c.answered(value) ? target.fraction(value) : undefined;
        if (fraction === undefined) {
          code = MISSING;
          reason = 'no-answer';
        } else if (c.evidenceRequired && fraction > 0 && evidenceCount(submission, c.criterion.id) === 0) {
          code = NOT_MET;
          reason = 'evidence-missing';
        } else {
          code = fraction >= 1 ? MET : fraction > 0 ? PARTIAL : NOT_MET;
          earned = round2(max * fraction);
        }
      }
    }
    statuses[i] = STATUS[code]!;
    codes[i] = code;
    reasons[i] = reason;
    points[i] = earned;
    maxPoints[i] = max;
    targets[i] = target;
    counts[code]! += 1;
    pointsSum += earned;
    maxPointsSum += max;
    // A veto item counts only when fully met: partial credit on a 一票否决 item is still a hit.
    if (c.veto && (code === NOT_MET || code === MISSING || code === PARTIAL)) vetoHits.push(c.criterion.id);
  }
  // What cannot be scored is refused, not scored as 不适用: a missing, unknown or contradictory
  // context value would otherwise silently switch criteria off.
  const contextProblems = compiled.validateContext(submission.context);
  const failures = values.failures;
  const unscorable = contextProblems.length > 0 || failures.length > 0;
  const sections: SectionGrade[] = [];
  const sectionCounts = [0, 0, 0, 0, 0, 0];
  for (const members of plan.sectionMembers) {
    sectionCounts.fill(0);
    let sum = 0;
    let maxSum = 0;
    for (let m = 0; m < members.length; m++) {
      const i = members[m]!;
      sum += points[i]!;
      maxSum += maxPoints[i]!;
      sectionCounts[codes[i]!]! += 1;
    }
    sections.push({ points: sum, maxPoints: maxSum, score: maxSum > 0 ? round1((sum / maxSum) * 100) : null, counts: countsAt(sectionCounts, 0) });
  }
  const complete = !unscorable && counts[MISSING] === 0;
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
    plan, submission, statuses, reasons, points, maxPoints, values: read, targets,
    sections, counts: countsAt(counts, 0), pointsSum, maxPointsSum, total, band, bandBeforeVeto, vetoHits, complete, contextProblems, failures,
  };
}
