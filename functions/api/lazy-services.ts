import type { MiddlewareHandler } from 'hono';
import type { ServiceDeps } from '../domain/services/service-deps.js';
import type { Services } from './services.js';
import { loadOnce } from '../load-once.js';

/** The use cases, and the middleware that makes sure they are loaded. */
export interface LazyServices {
  /** Filled in by `load` before the first route that uses it runs; empty until then. */
  services: Services;
  /** Loads (once) the module holding every use case and builds them, then calls the route. */
  load: MiddlewareHandler;
}

/**
 * The use cases, loaded by the first request that reaches a route using them. Their code (the
 * domain services, the checklist and scoring helpers, the export tables: about a third of the
 * API bundle) is then a chunk of its own, out of the Lambda's init phase, so a cold start that
 * answers a health check, a sign-in or a 401 does not compile it. Routes hold `services` and
 * read its members when they run, after `load` has filled it.
 */
export function lazyServices(deps: ServiceDeps): LazyServices {
  const services = {} as Services;
  // A failed load (a missing chunk) is tried again by the next request, not cached.
  const fill = loadOnce(() => import('./services.js').then(({ createServices }) => void Object.assign(services, createServices(deps))));
  return {
    services,
    load: async (_c, next) => {
      await fill();
      await next();
    },
  };
}
