import type { MiddlewareHandler } from 'hono';
import { requireRole } from '../domain/access/access-rules.js';
import { DomainError, UnauthorizedError } from '../domain/errors.js';
import type { TokenVerifier } from '../domain/ports/token-verifier.js';
import type { UserStatusCheck } from '../domain/identity/user-status-cache.js';
import type { AppEnv } from './app-env.js';

/** The one route a password-change token opens. */
const PASSWORD_ROUTE = '/api/auth/password';

/**
 * Requires `Authorization: Bearer <token>` and puts the verified principal on the context (401
 * otherwise). A password-change token (a sign-in with a one-time password) opens only the
 * password route: anywhere else it is 403 `password-change-required`. With the built-in
 * directory (`userStatus`), the token of a user disabled since it was issued is 403
 * `account-disabled` within the status cache's TTL, not only once the token expires.
 */
export function requireAuth(verifier: TokenVerifier, userStatus?: UserStatusCheck): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new UnauthorizedError();
    const principal = await verifier.verify(match[1]);
    const disabled = userStatus?.isDisabled(principal.username);
    const changeOnly = principal.purpose === 'password-change' && !(c.req.method === 'POST' && c.req.path === PASSWORD_ROUTE);
    // A read runs alongside the status check (its reads of the table then share one request with
    // the check's: consistent-get.ts) and is answered only after it; anything else waits for it.
    // Either way a disabled user gets 403 and nothing the route answered, and a status that could
    // not be read is that error's answer, never the route's.
    const alongside = !changeOnly && (c.req.method === 'GET' || c.req.method === 'HEAD');
    if (disabled && !alongside) await refuseDisabled(disabled);
    if (changeOnly) throw new DomainError('password-change-required', 'Change the one-time password first (POST /api/auth/password)');
    c.set('principal', principal);
    if (!disabled || !alongside) return next();
    // Handled now, so a failed read is no unhandled rejection while the route runs; awaited below.
    disabled.catch(() => undefined);
    await next();
    try {
      await refuseDisabled(disabled);
    } catch (error) {
      // Nothing of the route's answer stays, headers included (an ETag, a file name): the error
      // is answered as if the route had never run.
      for (const name of [...c.res.headers.keys()]) c.res.headers.delete(name);
      throw error;
    }
  };
}

async function refuseDisabled(disabled: Promise<boolean>): Promise<void> {
  if (await disabled) throw new DomainError('account-disabled', 'This account is disabled; ask an administrator');
}

/**
 * Admin-only routes: a 403 for other roles before the body is parsed, so a non-admin never gets a
 * 400 describing a body it had no right to send. Services check the role again.
 */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c.get('principal'), 'admin');
  await next();
};
