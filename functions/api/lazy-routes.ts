import type { Env } from 'hono';
import type { HonoBase } from 'hono/hono-base';
import { TrieRouter } from 'hono/router/trie-router';
import { loadOnce } from '../load-once.js';

/**
 * Makes `app` register the rest of its routes (`register`, loaded on demand) before the first
 * request that its routes so far do not answer, and only then dispatch it. Requests answered by a
 * route already registered (a method and a path, not middleware) never load the rest: in the API,
 * a health check, the OpenAPI document, the docs page and the JWKS.
 *
 * Why: Lambda's init parses whatever the entry imports, and most of the API (every route with a
 * request body or a token, their Valibot schemas and middleware) is not needed to answer a health
 * check (test/bench/README.md, "Lambda bundles"). Loading them with the first request that may
 * reach them keeps what a request sees unchanged: the routes are appended in the order they were
 * always registered in, after those of the init, before any such request is dispatched, so Hono
 * matches, orders middleware, answers 404 and 405 exactly as with every route registered at once.
 * Requests answered at init never reached the later routes either (their handler answers without
 * calling `next`).
 *
 * The app's router must accept routes after its first match (Hono's `TrieRouter` does; its
 * `SmartRouter` and `RegExpRouter` refuse). A failed load (a chunk missing from the deployment)
 * is answered by `onLoadError`, as the app's error handler would answer any error, and tried again
 * by the next request.
 */
export function lazyRoutes<E extends Env>(app: HonoBase<E>, register: () => Promise<void>, onLoadError: (error: unknown) => Response): void {
  // The endpoints registered so far; HEAD is left to the full table (Hono answers it with GET).
  const answered = new TrieRouter<true>();
  for (const route of app.routes) if (route.method !== 'ALL') answered.add(route.method, route.path, true);
  let loaded = false;
  const load = loadOnce(async () => {
    await register();
    loaded = true;
  });
  const dispatch = app.fetch;
  app.fetch = (request, env, executionCtx) => {
    if (loaded || answered.match(request.method, app.getPath(request, { env }))[0].length > 0) return dispatch(request, env, executionCtx);
    return load().then(() => dispatch(request, env, executionCtx), onLoadError);
  };
}
