import type { Hono } from 'hono';
import type { LazyBuiltinIdentity } from '../lazy-identity.js';
import type { AppEnv } from '../app-env.js';

/** Keys rotate rarely; an authorizer may cache them for five minutes. */
const CACHE = 'public, max-age=300';

/**
 * The issuer's public documents, at `<issuer>/.well-known/…` (the issuer is the API's base URL):
 * API Gateway's JWT authorizer reads the discovery document, then the JWKS, to verify tokens.
 * Neither loads the rest of the identity (lazy-identity.ts): they are answered at init.
 */
export function wellKnownRoutes(app: Hono<AppEnv>, identity: LazyBuiltinIdentity): void {
  app.get('/.well-known/jwks.json', async (c) => {
    c.header('cache-control', CACHE);
    return c.json(await identity.jwks());
  });
  app.get('/.well-known/openid-configuration', (c) => {
    const issuer = identity.issuer;
    c.header('cache-control', CACHE);
    return c.json({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      token_endpoint: `${issuer}/api/auth/login`,
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      token_endpoint_auth_methods_supported: ['none'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'username', 'role', 'institutionId', 'regionId'],
    });
  });
}
