import type { JWTVerifyGetKey } from 'jose';

/**
 * An issuer's remote JWKS, created on the first token it checks. jose's `createRemoteJWKSet`
 * builds a `Headers` object at once, and in Node the first touch of `Headers` (or `fetch`)
 * loads undici, about 20-30 ms: creating the set only when a token arrives keeps that out of a
 * Lambda's cold start (`npm run bench`, "api (OIDC issuer)"). Keys are then fetched and cached
 * by jose as before.
 */
export function lazyRemoteJwks(url: string): JWTVerifyGetKey {
  let jwks: Promise<JWTVerifyGetKey> | undefined;
  return async (protectedHeader, token) => (await (jwks ??= import('./jose-remote-jwks.js').then(({ createRemoteJWKSet }) => createRemoteJWKSet(new URL(url)))))(protectedHeader, token);
}
