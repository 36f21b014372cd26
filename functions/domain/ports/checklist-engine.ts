import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { ScoreResult, Submission as EngineSubmission } from '../../scoring/result-types.js';
import type { Issue } from '../errors.js';

/** A definition prepared for validating and scoring submissions. */
export interface PreparedChecklist {
  definition: ChecklistDefinition;
  /** Accepted, but worth fixing before publishing (see `forms/README.md`). */
  warnings: readonly Issue[];
  validateAnswers(answers: unknown): Issue[];
  validateContext(context: unknown): Issue[];
  /** Coerces numeric strings and drops empty values, as the engine expects. */
  normalizeContext(context: Record<string, unknown>): Record<string, string | number | undefined>;
}

/** The checklist engine as the back end uses it (implemented over `functions/scoring`). */
export interface ChecklistEngine {
  readonly engineVersion: string;
  /** `warnings`: accepted, but worth fixing (e.g. a veto that does not say where it comes from). */
  validateDefinition(input: unknown): { ok: true; definition: ChecklistDefinition; warnings: Issue[] } | { ok: false; issues: Issue[] };
  /**
   * Validates (limits, structure, cross-references) and compiles a definition in one pass; throws
   * `ValidationError` listing its issues. `cacheKey` (for published, immutable versions only) lets
   * the engine reuse the prepared form.
   */
  prepare(definition: unknown, cacheKey?: string): PreparedChecklist;
  /** A version prepared earlier under `cacheKey`, if still cached (definitions of published versions never change). */
  cached(cacheKey: string): PreparedChecklist | undefined;
  score(prepared: PreparedChecklist, submission: EngineSubmission): ScoreResult;
}
