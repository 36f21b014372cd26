import type { Band } from '../checklist/definition-schema.js';
import type { CompiledChecklist } from './assemble-compiled.js';
import { criterionResult } from './criterion-result.js';
import { ENGINE_VERSION } from './engine-version.js';
import type { Grading } from './grade-submission.js';
import type { CriterionResult, ScoreResult, SectionResult } from './result-types.js';

const round2 = (n: number) => Math.round(n * 100) / 100;
const view = (b: Band | undefined) => (b ? { id: b.id, label: b.label } : null);

/**
 * The stored result of a grading: every criterion worded (target, value read, gap, in Chinese
 * and English), sections titled, totals rounded as shown. Decides nothing `gradeSubmission` did
 * not; kept apart so grading can be timed, and run, without the words.
 */
export function resultOf(compiled: CompiledChecklist, grading: Grading, inputHash: string): ScoreResult {
  const { definition } = compiled;
  const criteria: CriterionResult[] = [];
  for (let i = 0; i < grading.statuses.length; i++) criteria.push(criterionResult(grading, i, compiled));
  const sections: SectionResult[] = [];
  for (let i = 0; i < definition.sections.length; i++) {
    const { id, title } = definition.sections[i]!;
    const grade = grading.sections[i]!;
    sections.push({ id, title, points: round2(grade.points), maxPoints: round2(grade.maxPoints), score: grade.score, counts: grade.counts });
  }
  const { contextProblems, failures } = grading;
  return {
    checklist: { id: definition.id, version: definition.version },
    engineVersion: ENGINE_VERSION,
    inputHash,
    context: grading.submission.context,
    total: grading.total, points: round2(grading.pointsSum), maxPoints: round2(grading.maxPointsSum),
    band: view(grading.band), bandBeforeVeto: view(grading.bandBeforeVeto), vetoHits: grading.vetoHits,
    complete: grading.complete,
    ...(contextProblems.length ? { contextProblems } : {}),
    ...(failures[0] ? { error: failures[0] } : {}),
    counts: grading.counts, sections, criteria,
  };
}
