import type { Hono } from 'hono';
import { HonoBase } from 'hono/hono-base';
import { TrieRouter } from 'hono/router/trie-router';
import { allowedMethods } from './allowed-methods.js';
import type { AppDeps } from './app-deps.js';
import type { AppEnv } from './app-env.js';
import { docsRoutes } from './docs-routes.js';
import { RETRY_AFTER_SECONDS, toErrorResponse } from './error-response.js';
import { lazyRoutes } from './lazy-routes.js';
import { localEvidenceRoutes } from './routes/local-evidence-routes.js';
import { wellKnownRoutes } from './routes/well-known-routes.js';
import { securityHeaders } from './security-headers.js';

export type { AppDeps } from './app-deps.js';

/** Builds the HTTP API. Pure wiring: no I/O happens until a request arrives. */
export function createApp(deps: AppDeps): Hono {
  // The trie router alone: Hono's default tries a RegExp router first, which cannot take this
  // route table and falls back to the trie on the first request, after building its matchers for
  // nothing (a cold instance's first event paid for both). The trie also takes the routes that
  // load after the first request (lazy-routes.ts), which a built RegExp or Smart router refuses.
  const app = new HonoBase<AppEnv>({ router: new TrieRouter() });
  let openapi: Record<string, unknown> | undefined;

  app.onError((error, c) => {
    const { status, body, retryAfterSeconds } = toErrorResponse(error);
    if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
    if (status === 503) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      console.warn(error instanceof Error && error.cause ? error.cause : error);
    } else if (status >= 500) console.error(error);
    return c.json(body, status);
  });
  const allowed = allowedMethods(app.routes);
  app.notFound((c) => {
    const allow = allowed(c.req.path);
    if (allow.length) {
      c.header('Allow', allow.join(', '));
      return c.json({ error: { code: 'method-not-allowed', message: `${c.req.method} is not allowed on ${c.req.path}; use ${allow.join(', ')}`, details: { allow } } }, 405);
    }
    return c.json({ error: { code: 'not-found', message: `No route for ${c.req.method} ${c.req.path}`, details: null } }, 404);
  });

  app.use('*', securityHeaders());
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  // Built on first request, and loaded then too: the document generator is no part of a cold start.
  app.get('/api/openapi.json', async (c) => c.json((openapi ??= (await import('./openapi.js')).openApiDocument())));
  docsRoutes(app, deps.docsAssets);
  if (deps.identity) wellKnownRoutes(app, deps.identity);
  if (deps.localUploads) localEvidenceRoutes(app, deps.localUploads, deps.config.maxEvidenceBytes);

  // Everything else (sign-in, the token check, every resource and the use cases) loads with the
  // first request the routes above do not answer, as one module (signed-in.ts, lazy-routes.ts),
  // and with it the built-in identity (lazy-identity.ts) those routes are given built.
  lazyRoutes(
    app,
    async () => {
      const [{ apiRoutes }, identity] = await Promise.all([import('./signed-in.js'), deps.identity?.load()]);
      apiRoutes(app, deps, identity);
    },
    (error) => {
      console.error(error);
      const { status, body } = toErrorResponse(error);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
  );
  // The typed variables are internal; callers (Lambda adapter, node server) only need `fetch`.
  return app as unknown as Hono;
}
