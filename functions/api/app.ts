import type { Hono } from 'hono';
import { HonoBase } from 'hono/hono-base';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
import { DomainError } from '../domain/errors.js';
import { allowedMethods } from './allowed-methods.js';
import { bodyLimit } from './body-limit.js';
import type { AppDeps } from './app-deps.js';
import type { AppEnv } from './app-env.js';
import { requireAuth } from './auth-middleware.js';
import { docsRoutes } from './docs-routes.js';
import { RETRY_AFTER_SECONDS, toErrorResponse } from './error-response.js';
import { lazyServices } from './lazy-services.js';
import { authRoutes, meRoute } from './routes/auth-routes.js';
import { checklistRoutes } from './routes/checklist-routes.js';
import { consoleRoutes } from './routes/console-routes.js';
import { directoryRoutes } from './routes/directory-routes.js';
import { localEvidenceRoutes } from './routes/local-evidence-routes.js';
import { roundRoutes } from './routes/round-routes.js';
import { scaleRoutes } from './routes/scale-routes.js';
import { submissionRoutes } from './routes/submission-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { wellKnownRoutes } from './routes/well-known-routes.js';
import { securityHeaders } from './security-headers.js';

export type { AppDeps } from './app-deps.js';

/** Builds the HTTP API. Pure wiring: no I/O happens until a request arrives. */
export function createApp(deps: AppDeps): Hono {
  // The trie router alone: Hono's default tries a RegExp router first, which cannot take this
  // route table and falls back to the trie on the first request, after building its matchers for
  // nothing (a cold instance's first event paid for both). SmartRouter around it keeps the routes
  // in a list until the first request, so the init does not build the trie either.
  const app = new HonoBase<AppEnv>({ router: new SmartRouter({ routers: [new TrieRouter()] }) });
  // Loaded by the first signed-in request to a route that uses them (lazy-services.ts).
  const { services, load: loadServices } = lazyServices(deps);
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

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new DomainError('payload-too-large', `Request bodies may be at most ${deps.config.maxBodyBytes} bytes`, { maxBytes: deps.config.maxBodyBytes });
      },
    }),
  );
  authRoutes(app, deps.identity);
  app.use('/api/*', requireAuth(deps.verifier, deps.identity?.userStatus));
  meRoute(app, deps.identity);
  if (deps.identity) userRoutes(app, deps.identity);
  app.use('/api/*', loadServices);
  checklistRoutes(app, services);
  scaleRoutes(app, services);
  consoleRoutes(app, services);
  directoryRoutes(app, services);
  roundRoutes(app, services);
  submissionRoutes(app, services);
  // The typed variables are internal; callers (Lambda adapter, node server) only need `fetch`.
  return app as unknown as Hono;
}
