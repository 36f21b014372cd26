import { validateDefinition } from '../../checklist/validate-definition.js';
import { ValidationError } from '../../domain/errors.js';
import type { ChecklistEngine, PreparedChecklist } from '../../domain/ports/checklist-engine.js';
import { compileChecklist, type CompiledChecklist } from '../../scoring/compile.js';
import { ENGINE_VERSION } from '../../scoring/engine-version.js';
import { InvalidDefinitionError } from '../../scoring/errors.js';
import { scoreSubmission } from '../../scoring/score.js';

interface Prepared extends PreparedChecklist {
  compiled: CompiledChecklist;
}

/** The default engine, synchronous throughout (the port also allows asynchronous engines). */
export interface DefaultEngine extends ChecklistEngine {
  validateDefinition: typeof validateDefinition;
  prepare(definition: unknown, cacheKey?: string): PreparedChecklist;
}

/**
 * The engine in `functions/scoring` behind the `ChecklistEngine` port. Compiling a definition
 * (JSON Schema compilation included) is the expensive part, so callers pass a cache key for
 * published versions, which are immutable; dry runs pass none.
 */
export function createDefaultEngine(cacheSize = 64): DefaultEngine {
  const cache = new Map<string, Prepared>();
  return {
    engineVersion: ENGINE_VERSION,
    validateDefinition,
    prepare(definition: unknown, cacheKey?: string): PreparedChecklist {
      const hit = cacheKey === undefined ? undefined : cache.get(cacheKey);
      if (hit) return hit;
      let compiled: CompiledChecklist;
      try {
        compiled = compileChecklist(definition);
      } catch (error) {
        if (error instanceof InvalidDefinitionError) throw new ValidationError('The checklist definition is invalid', error.issues, 'invalid-definition');
        throw error;
      }
      const prepared: Prepared = {
        compiled,
        definition: compiled.definition,
        warnings: compiled.warnings,
        validateAnswers: (answers) => compiled.validateAnswers(answers),
        validateContext: (context) => compiled.validateContext(context as Record<string, unknown>),
        normalizeContext: (context) => compiled.normalizeContext(context),
      };
      if (cacheKey !== undefined) {
        if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
        cache.set(cacheKey, prepared);
      }
      return prepared;
    },
    cached: (cacheKey) => cache.get(cacheKey),
    score(prepared, submission) {
      return scoreSubmission((prepared as Prepared).compiled, submission);
    },
  };
}
