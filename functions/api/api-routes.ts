import type { Hono } from 'hono';
import { DomainError } from '../domain/errors.js';
import type { BuiltinIdentity } from '../domain/identity/builtin-identity.js';
import type { AppDeps } from './app-deps.js';
import type { AppEnv } from './app-env.js';
import { requireAuth } from './auth-middleware.js';
import { bodyLimit } from './body-limit.js';
import { authRoutes, meRoute } from './routes/auth-routes.js';
import { checklistRoutes } from './routes/checklist-routes.js';
import { consoleRoutes } from './routes/console-routes.js';
import { directoryRoutes } from './routes/directory-routes.js';
import { roundRoutes } from './routes/round-routes.js';
import { scaleRoutes } from './routes/scale-routes.js';
import { submissionRoutes } from './routes/submission-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { createServices } from './services.js';

/**
 * The API's routes that read a request body or a token: sign-in, then the token check, then
 * every resource. Registered after the public documents of `app.ts`, in this order, on the first
 * request those do not answer (lazy-routes.ts), so their code, their Valibot schemas, the
 * middleware and the use cases are no part of a cold start's init (they load as one chunk with
 * jose's token check: signed-in.ts). `identity` is `deps.identity` loaded (absent with another issuer).
 */
export function apiRoutes(app: Hono<AppEnv>, deps: AppDeps, identity: BuiltinIdentity | undefined): void {
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new DomainError('payload-too-large', `Request bodies may be at most ${deps.config.maxBodyBytes} bytes`, { maxBytes: deps.config.maxBodyBytes });
      },
    }),
  );
  authRoutes(app, identity);
  app.use('/api/*', requireAuth(deps.verifier, identity?.userStatus));
  meRoute(app, identity);
  if (identity) userRoutes(app, identity);
  // The use cases load with the routes (one chunk, signed-in.ts) and are built here, once: they
  // are closures over the dependencies, nothing is read until a route calls one.
  const services = createServices({ ...deps, accounts: identity?.accounts });
  checklistRoutes(app, services);
  scaleRoutes(app, services);
  consoleRoutes(app, services);
  directoryRoutes(app, services);
  roundRoutes(app, services);
  submissionRoutes(app, services);
}
