import type { ValidateFunction } from 'ajv';
import { analyzeDefinitionWith } from '../../checklist/definition-analysis.js';
import { ValidationError } from '../../domain/errors.js';
import type { ChecklistEngine } from '../../domain/ports/checklist-engine.js';
import { assembleCompiled } from '../../scoring/assemble-compiled.js';
import { ENGINE_VERSION } from '../../scoring/engine-version.js';
import { preparedCache } from './prepared-cache.js';

/** Answers are checked by the API when they are saved and submitted; the scorer never checks them. */
const answersNotCheckedHere = (() => {
  throw new Error('the scoring engine does not validate answers (the API did when they were saved)');
}) as unknown as ValidateFunction;

/**
 * The engine of the scoring Lambda, which only scores published versions. It runs every check
 * of the definition that scoring depends on (structure, cross-references, derived expressions,
 * criteria), so a version stored before a check existed still gives an `invalid-definition`
 * result, but it does not check the form's JSON Schema as JSON Schema (Ajv compilation, RE2
 * patterns): scoring reads answers by the form's fields, never through the schema, and leaving
 * Ajv and RE2 out halves what the scorer loads at a cold start. Results are the same as the
 * default engine's (`scoring-engine.test.ts`); `validateAnswers` of what it prepares throws.
 */
export function createScoringEngine(cacheSize = 64): ChecklistEngine {
  const prepared = preparedCache((definition) => {
    const analysis = analyzeDefinitionWith(definition);
    // The same error, code and issues as the default engine's, so the scorer explains it alike.
    if (!analysis.ok) throw new ValidationError('The checklist definition is invalid', analysis.issues, 'invalid-definition');
    return assembleCompiled(analysis.definition, analysis.fields, answersNotCheckedHere, analysis.warnings);
  }, cacheSize);
  return {
    engineVersion: ENGINE_VERSION,
    validateDefinition(input) {
      const analysis = analyzeDefinitionWith(input);
      return analysis.ok ? { ok: true, definition: analysis.definition, warnings: analysis.warnings } : analysis;
    },
    ...prepared,
  };
}
