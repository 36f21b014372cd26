import type { Hono } from 'hono';
import { DomainError, UnauthorizedError } from '../../domain/errors.js';
import type { LoginThrottle } from '../../domain/services/login-throttle.js';
import type { LoginFunction } from '../app-deps.js';
import type { AppEnv } from '../app-env.js';
import { readBody } from '../read-body.js';
import { LoginBody } from '../schemas.js';

/**
 * `POST /api/auth/login`: local mode only; in AWS, Cognito issues tokens (and throttles). Public.
 * Every password check goes through `throttle`, whatever identity source `login` checks.
 */
export function authRoutes(app: Hono<AppEnv>, login: LoginFunction | undefined, throttle: LoginThrottle | undefined): void {
  if (login && !throttle) throw new Error('A password login needs a login throttle');
  app.post('/api/auth/login', async (c) => {
    if (!login || !throttle) throw new DomainError('not-found', 'Password login exists in local mode only; sign in through Cognito');
    const { username, password } = await readBody(c, LoginBody);
    const session = await throttle.attempt(username, () => login(username, password));
    if (!session) throw new UnauthorizedError('Unknown user or wrong password');
    return c.json(session);
  });
}

/** `GET /api/auth/me`: who the token says the caller is (behind the auth middleware). */
export function meRoute(app: Hono<AppEnv>): void {
  app.get('/api/auth/me', (c) => c.json(c.get('principal')));
}
