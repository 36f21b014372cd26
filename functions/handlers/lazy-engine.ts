import type { ChecklistEngine } from '../domain/ports/checklist-engine.js';
import { loadOnce } from '../load-once.js';

/**
 * A checklist engine loaded on first use. The compiler behind it (Ajv, its formats, the RE2
 * pattern engine) is half of the API bundle, and most requests (reads, lists, sign-in) never
 * compile a form: loading it lazily keeps it out of every cold start. Until it is loaded nothing
 * is cached, so callers go through `prepare`, which loads it. A failed load is retried on the
 * next call rather than cached.
 */
export function lazyEngine(engineVersion: string, load: () => Promise<ChecklistEngine>): ChecklistEngine {
  let loaded: ChecklistEngine | undefined;
  const get = loadOnce(() =>
    load().then((engine) => {
      if (engine.engineVersion !== engineVersion) throw new Error(`engine ${engine.engineVersion} loaded where ${engineVersion} was announced`);
      return (loaded = engine);
    }),
  );
  return {
    engineVersion,
    validateDefinition: async (input) => (await get()).validateDefinition(input),
    prepare: async (definition, cacheKey) => (await get()).prepare(definition, cacheKey),
    cached: (cacheKey) => loaded?.cached(cacheKey),
    score(prepared, submission) {
      // A prepared checklist exists only once `prepare` has loaded the engine.
      if (!loaded) throw new Error('score() before prepare(): the checklist engine is not loaded');
      return loaded.score(prepared, submission);
    },
  };
}
