import { validateDefinition } from '../../checklist/validate-definition.js';
import { ValidationError } from '../../domain/errors.js';
import type { ChecklistEngine, PreparedChecklist } from '../../domain/ports/checklist-engine.js';
import { compileChecklist } from '../../scoring/compile.js';
import { ENGINE_VERSION } from '../../scoring/engine-version.js';
import { InvalidDefinitionError } from '../../scoring/errors.js';
import { preparedCache } from './prepared-cache.js';

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
  const prepared = preparedCache((definition) => {
    try {
      return compileChecklist(definition);
    } catch (error) {
      if (error instanceof InvalidDefinitionError) throw new ValidationError('The checklist definition is invalid', error.issues, 'invalid-definition');
      throw error;
    }
  }, cacheSize);
  return { engineVersion: ENGINE_VERSION, validateDefinition, ...prepared };
}
