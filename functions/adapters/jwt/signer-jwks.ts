import type { JWTVerifyGetKey } from 'jose';
import type { TokenSigner } from '../../domain/ports/token-signer.js';

/**
 * The signer's own public key as a key set for jose: the API verifies the tokens it issued
 * without fetching its own JWKS over HTTP (and without I/O until the first token arrives; jose
 * itself loads then too, see `oidc-token-verifier.ts`).
 */
export function signerJwks(signer: TokenSigner): JWTVerifyGetKey {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  return async (header, token) => {
    keySet ??= Promise.all([signer.publicJwk(), import('./jose-local-jwks.js')]).then(
      ([jwk, { createLocalJWKSet }]) => createLocalJWKSet({ keys: [jwk] }),
      (error: unknown) => {
        keySet = undefined;
        throw error;
      },
    );
    return (await keySet)(header, token);
  };
}
