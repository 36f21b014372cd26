import type { MiddlewareHandler } from 'hono';
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
