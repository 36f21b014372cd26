/**
 * The scoring engine's one public entry point: the scorer Lambda, the API, the CLI and the web
 * app's live preview all grade through these, so a preview can never disagree with the server.
 */
import type { DefinitionIssue } from '../checklist/definition-issue.js';
import { compileChecklist, type CompiledChecklist } from './compile.js';
import type { ScoreResult, Submission } from './result-types.js';
import { scoreSubmission, type ScoreOptions } from './score.js';

export { compileChecklist, scoreSubmission };
export { ENGINE_VERSION } from './engine-version.js';
/** The input hash through WebCrypto, the browser's native SHA-256 (the same digest as the result's). */
export { digestInputHash } from './input-hash.js';
export type { ScoreOptions };
export { InvalidDefinitionError } from './errors.js';
/** Where a veto comes from, in words: the plan's quoted clause, or the checklist's reading. */
export { vetoBasisText } from './veto-basis-text.js';
/** The linear-time (RE2) engine the server runs form `pattern`s on, for the browser's own Ajv. */
export { linearRegExpEngine } from '../checklist/linear-regexp.js';
export type { CompiledChecklist };
export type { DefinitionIssue };
export type { ChecklistDefinition, Criterion, Localized } from '../checklist/definition-schema.js';
export type * from './result-types.js';

/** Compiles a definition; alias of `compileChecklist` under the name the browser uses. */
export const compile = compileChecklist;

/** Grades a submission against a compiled checklist; alias of `scoreSubmission`. */
export function score(compiled: CompiledChecklist, submission: Submission, options?: ScoreOptions): ScoreResult {
  return scoreSubmission(compiled, submission, options);
}

/** Problems with form answers (schema, unknown keys, contradictions), each with a JSON Pointer into the answers. */
export function validateAnswers(compiled: CompiledChecklist, answers: unknown): DefinitionIssue[] {
  return compiled.validateAnswers(answers);
}
