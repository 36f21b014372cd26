import type { ValidateFunction } from 'ajv';
import type { ChecklistDefinition } from './definition-schema.js';
import type { DefinitionIssue } from './definition-issue.js';
import type { FormField } from './form-fields.js';
import { analyzeDefinitionWith, type FormSchemaTools } from './definition-analysis.js';
import { checkFormPatterns } from './check-patterns.js';
import { compileFormSchema } from './form-validator.js';

export type DefinitionValidation =
  | { ok: true; definition: ChecklistDefinition; warnings: DefinitionIssue[] }
  | { ok: false; issues: DefinitionIssue[] };

/** A validated definition with what validating it already built: its form's fields and compiled answer validator. */
export type DefinitionAnalysis =
  | { ok: true; definition: ChecklistDefinition; fields: Map<string, FormField>; answerValidator: ValidateFunction; warnings: DefinitionIssue[] }
  | { ok: false; issues: DefinitionIssue[] };

/** The form's JSON Schema checked in full: RE2 patterns and Ajv compilation. */
const FULL_FORM_CHECKS: FormSchemaTools = { patternIssues: checkFormPatterns, compile: compileFormSchema };

/**
 * Validates a checklist definition: first its size (`DEFINITION_LIMITS`), then its structure (Valibot), then every cross-reference.
 * Returns all problems at once, each with a JSON Pointer, so an administrator can fix them in one pass;
 * a valid definition may still carry `warnings` (things format 1 accepts but a new definition should fix).
 */
export function validateDefinition(input: unknown): DefinitionValidation {
  const analysis = analyzeDefinition(input);
  return analysis.ok ? { ok: true, definition: analysis.definition, warnings: analysis.warnings } : analysis;
}

/** `validateDefinition`, keeping the fields and compiled validator for `compileChecklist`. */
export function analyzeDefinition(input: unknown): DefinitionAnalysis {
  return analyzeDefinitionWith(input, FULL_FORM_CHECKS);
}
