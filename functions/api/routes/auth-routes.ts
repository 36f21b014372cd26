import type { Hono } from 'hono';
import { DomainError } from '../../domain/errors.js';
import type { BuiltinIdentity } from '../../domain/identity/builtin-identity.js';
import type { AppEnv } from '../app-env.js';
import { PasswordChangeBody, RefreshBody } from '../identity-schemas.js';
import { readBody } from '../read-body.js';
import { LoginBody } from '../schemas.js';

const notBuiltin = () => new DomainError('not-found', 'Password sign-in belongs to the built-in identity (AUTH_MODE=builtin); sign in with this deployment\'s identity provider');

/**
 * The public sign-in routes: `POST /api/auth/login`, `/refresh`, `/logout` (no bearer token; the
 * API Gateway authorizer leaves them open too). Without the built-in identity they are 404.
 */
export function authRoutes(app: Hono<AppEnv>, identity: BuiltinIdentity | undefined): void {
  app.post('/api/auth/login', async (c) => {
    if (!identity) throw notBuiltin();
    const { username, password } = await readBody(c, LoginBody);
    return c.json(await identity.sessions.login(username, password));
  });
  app.post('/api/auth/refresh', async (c) => {
    if (!identity) throw notBuiltin();
    const { refreshToken } = await readBody(c, RefreshBody);
    return c.json(await identity.sessions.refresh(refreshToken));
  });
  app.post('/api/auth/logout', async (c) => {
    if (!identity) throw notBuiltin();
    const { refreshToken } = await readBody(c, RefreshBody);
    await identity.sessions.logout(refreshToken);
    return c.body(null, 204);
  });
}

/**
 * Routes behind the auth middleware: `GET /api/auth/me`, and `POST /api/auth/password` (the
 * caller changes their own password; the one route a password-change token opens).
 */
export function meRoute(app: Hono<AppEnv>, identity?: BuiltinIdentity): void {
  app.get('/api/auth/me', (c) => c.json(c.get('principal')));
  app.post('/api/auth/password', async (c) => {
    if (!identity) throw notBuiltin();
    const { oldPassword, newPassword } = await readBody(c, PasswordChangeBody);
    return c.json(await identity.sessions.changePassword(c.get('principal'), oldPassword, newPassword));
  });
}
