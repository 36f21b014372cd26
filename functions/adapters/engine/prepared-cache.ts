import type { PreparedChecklist } from '../../domain/ports/checklist-engine.js';
import type { CompiledChecklist } from '../../scoring/assemble-compiled.js';
import { scoreSubmission } from '../../scoring/score.js';

interface Prepared extends PreparedChecklist {
  compiled: CompiledChecklist;
}

/**
 * What both engines share once a definition is compiled: wrapping it as the port's prepared
 * checklist, a bounded cache by key (published versions are immutable; dry runs pass no key),
 * and scoring against it. Each engine brings its own `compile` (with or without Ajv).
 */
export function preparedCache(compile: (definition: unknown) => CompiledChecklist, cacheSize: number) {
  const cache = new Map<string, Prepared>();
  return {
    prepare(definition: unknown, cacheKey?: string): PreparedChecklist {
      const hit = cacheKey === undefined ? undefined : cache.get(cacheKey);
      if (hit) return hit;
      const compiled = compile(definition);
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
    cached: (cacheKey: string): PreparedChecklist | undefined => cache.get(cacheKey),
    score(prepared: PreparedChecklist, submission: Parameters<typeof scoreSubmission>[1]) {
      return scoreSubmission((prepared as Prepared).compiled, submission);
    },
  };
}
