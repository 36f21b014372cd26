/**
 * The part of the engine's public entry point (`index.ts`, which re-exports all of this) that
 * grades against a published checklist: what the browser's form page loads. It holds no
 * definition validator (Valibot and the cross-reference checks stay on the server, which ran
 * them when the version was published) and no pattern engine (the page loads RE2 only for a form
 * that has patterns), so the form page's initial JavaScript stays small.
 */
import type { CompiledChecklist } from './assemble-compiled.js';
import type { ScoreResult, Submission } from './result-types.js';
import { scoreSubmission, type ScoreOptions } from './score.js';

export { scoreSubmission };
export { compilePublished } from './compile-published.js';
export { ENGINE_VERSION } from './engine-version.js';
/** The input hash through WebCrypto, the browser's native SHA-256 (the same digest as the result's). */
export { digestInputHash } from './input-hash.js';
/** Where a veto comes from, in words: the plan's quoted clause, or the checklist's reading. */
export { vetoBasisText } from './veto-basis-text.js';
/** A result's veto items as a reader takes them: a draft's unanswered ones are pending, not hits. */
export { vetoStanding, type ResultStage, type VetoStanding } from './veto-standing.js';
/** Whether self and expert differ on a criterion: the one rule of the on-site page and the round comparison. */
export { differenceOf, readingOf, VALUE_TOLERANCE, type ComparedReading, type Difference } from './difference.js';
/** Why a criterion does not apply to a context, in words, by the rule that scored it 不适用. */
export { unmetContext, type UnmetContext } from './unmet-context.js';
/** The default bounds the server adds to a form's schema before compiling it; the browser compiles the same. */
export { withDefaultLimits } from '../checklist/answer-limits.js';
export type { CompiledChecklist, ScoreOptions };
import type { DefinitionIssue } from '../checklist/definition-issue.js';
export type { DefinitionIssue };
export type { ChecklistDefinition, Criterion, Localized } from '../checklist/definition-schema.js';
export type * from './result-types.js';

/** Grades a submission against a compiled checklist; alias of `scoreSubmission`. */
export function score(compiled: CompiledChecklist, submission: Submission, options?: ScoreOptions): ScoreResult {
  return scoreSubmission(compiled, submission, options);
}

/** Problems with form answers (schema, unknown keys, contradictions), each with a JSON Pointer into the answers. */
export function validateAnswers(compiled: CompiledChecklist, answers: unknown): DefinitionIssue[] {
  return compiled.validateAnswers(answers);
}
