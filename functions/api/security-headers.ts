import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers every API response carries: `nosniff`, no framing, a CSP that lets a JSON answer load
 * nothing (a page that needs more, `/api/docs`, sets its own and keeps it), and `no-store` so
 * answers with submissions and scores never sit in a shared or browser cache. A route that
 * chose its own `Cache-Control` (the docs assets) keeps it.
 */
export function securityHeaders(): MiddlewareHandler {
  const secure = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    xFrameOptions: 'DENY',
    overwrite: false,
  });
  return async (c, next) =>
    secure(c, async () => {
      await next();
      if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
    });
}
