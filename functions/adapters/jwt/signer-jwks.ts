import type { createLocalJWKSet, JWTVerifyGetKey } from 'jose';
import type { TokenSigner } from '../../domain/ports/token-signer.js';

/** Loads jose's local key set with the first token (see `LoadJwtVerify` in oidc-token-verifier.ts for why it can be given). */
export type LoadLocalJwks = () => Promise<{ createLocalJWKSet: typeof createLocalJWKSet }>;

/**
 * The signer's own public key as a key set for jose: the API verifies the tokens it issued
 * without fetching its own JWKS over HTTP (and without I/O until the first token arrives; jose
 * itself loads then too, from `./jose-local-jwks.js` unless `load` says otherwise).
 */
export function signerJwks(signer: TokenSigner, load: LoadLocalJwks = () => import('./jose-local-jwks.js')): JWTVerifyGetKey {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  return async (header, token) => {
    keySet ??= Promise.all([signer.publicJwk(), load()]).then(
      ([jwk, { createLocalJWKSet }]) => createLocalJWKSet({ keys: [jwk] }),
      (error: unknown) => {
        keySet = undefined;
        throw error;
      },
    );
    return (await keySet)(header, token);
  };
}
