import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { ScoreResult, Submission as EngineSubmission } from '../../scoring/result-types.js';
import type { Issue } from '../errors.js';

/** What `validateDefinition` finds: the definition with its warnings, or its issues. */
export type DefinitionValidation = { ok: true; definition: ChecklistDefinition; warnings: Issue[] } | { ok: false; issues: Issue[] };

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

/**
 * The checklist engine as the back end uses it (implemented over `functions/scoring`). Validating
 * and preparing may be asynchronous: the API Lambda loads the compiler (Ajv, the RE2 pattern
 * engine: half its bundle) on the first request that needs it, not in every cold start.
 */
export interface ChecklistEngine {
  readonly engineVersion: string;
  /** `warnings`: accepted, but worth fixing (e.g. a veto that does not say where it comes from). */
  validateDefinition(input: unknown): DefinitionValidation | Promise<DefinitionValidation>;
  /**
   * Validates (limits, structure, cross-references) and compiles a definition in one pass; throws
   * `ValidationError` listing its issues. `cacheKey` (for published, immutable versions only) lets
   * the engine reuse the prepared form.
   */
  prepare(definition: unknown, cacheKey?: string): PreparedChecklist | Promise<PreparedChecklist>;
  /** A version prepared earlier under `cacheKey`, if still cached (definitions of published versions never change). */
  cached(cacheKey: string): PreparedChecklist | undefined;
  score(prepared: PreparedChecklist, submission: EngineSubmission): ScoreResult;
}
