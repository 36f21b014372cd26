import { loadOnce } from '../load-once.js';

/** A use case whose every method answers with a promise, so it can be loaded by its first call. */
export type AsyncService<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never };

/**
 * A use case built by `build` (which imports its module) on the first call of any of its
 * methods; every call then goes to that one instance. Routes hold it and call it as they would
 * the service itself. A load that failed is tried again by the next call (load-once.ts).
 *
 * Why: the API's signed-in routes load as one chunk (signed-in.ts); the use cases most first
 * requests never reach (publishing checklists and scales, results, comparisons, imports,
 * dashboards, with the checklist and scoring code they use) stay out of it, so a signed-in read
 * compiles less (test/bench/README.md, "Lambda bundles").
 */
export function lazyService<T extends AsyncService<T>>(build: () => Promise<T>): T {
  const load = loadOnce(build);
  const methods = new Map<PropertyKey, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as T, {
    get(_target, key) {
      // Not a thenable: awaiting the service itself must not call a method named `then`.
      if (key === 'then' || typeof key === 'symbol') return undefined;
      let method = methods.get(key);
      if (!method) {
        method = async (...args: unknown[]) => {
          const service = (await load()) as Record<PropertyKey, (...a: unknown[]) => Promise<unknown>>;
          if (typeof service[key] !== 'function') throw new TypeError(`The use case has no method ${String(key)}`);
          return service[key](...args);
        };
        methods.set(key, method);
      }
      return method;
    },
  });
}
