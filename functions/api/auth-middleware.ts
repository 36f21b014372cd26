import type { MiddlewareHandler } from 'hono';
import { requireRole } from '../domain/access/access-rules.js';
import { UnauthorizedError } from '../domain/errors.js';
import type { TokenVerifier } from '../domain/ports/token-verifier.js';
import type { AppEnv } from './app-env.js';

/** Requires `Authorization: Bearer <token>` and puts the verified principal on the context (401 otherwise). */
export function requireAuth(verifier: TokenVerifier): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new UnauthorizedError();
    c.set('principal', await verifier.verify(match[1]));
    await next();
  };
}

/**
 * Admin-only routes: a 403 for other roles before the body is parsed, so a non-admin never gets a
 * 400 describing a body it had no right to send. Services check the role again.
 */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c.get('principal'), 'admin');
  await next();
};
