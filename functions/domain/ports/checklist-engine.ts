import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { ScoreResult, Submission as EngineSubmission } from '../../scoring/result-types.js';
import type { Issue } from '../errors.js';

/** A definition prepared for validating and scoring submissions. */
export interface PreparedChecklist {
  definition: ChecklistDefinition;
  validateAnswers(answers: unknown): Issue[];
  validateContext(context: unknown): Issue[];
}

/** The checklist engine as the back end uses it (implemented over `functions/scoring`). */
export interface ChecklistEngine {
  readonly engineVersion: string;
  validateDefinition(input: unknown): { ok: true; definition: ChecklistDefinition } | { ok: false; issues: Issue[] };
  /** Throws `ValidationError` listing the definition's issues. */
  prepare(definition: ChecklistDefinition): PreparedChecklist;
  score(prepared: PreparedChecklist, submission: EngineSubmission): ScoreResult;
}
