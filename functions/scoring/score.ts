import type { CompiledChecklist } from './compile.js';
import { ENGINE_VERSION } from './engine-version.js';
import { gradeSubmission } from './grade-submission.js';
import { inputHash } from './input-hash.js';
import type { ScoreResult, Submission } from './result-types.js';
import { resultOf } from './score-result.js';

export { ENGINE_VERSION };

/** How much of a result to compute. */
export interface ScoreOptions {
  /**
   * `false` skips the input hash (`inputHash` is then `''`): the live preview re-scores on every
   * keystroke and shows no hash, and the browser's native SHA-256 is asynchronous
   * (`digestInputHash`). Every stored result is hashed.
   */
  hash?: boolean;
}

/**
 * Grades a submission against a compiled checklist. Pure and deterministic: the same checklist
 * version, engine version and inputs always give the same result (and the same `inputHash`).
 * Three passes, each timed apart by the engine bench: grading (`gradeSubmission`: statuses,
 * points, totals, band, veto), the words (`resultOf`), the input hash.
 */
export function scoreSubmission(compiled: CompiledChecklist, raw: Submission, options: ScoreOptions = {}): ScoreResult {
  const grading = gradeSubmission(compiled, raw);
  const { definition } = compiled;
  const hash = options.hash === false ? '' : inputHash({ id: definition.id, version: definition.version }, grading.submission);
  return resultOf(compiled, grading, hash);
}
