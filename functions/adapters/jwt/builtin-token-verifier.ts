import type { TokenSigner } from '../../domain/ports/token-signer.js';
import type { TokenVerifier } from '../../domain/ports/token-verifier.js';
import { OidcTokenVerifier } from './oidc-token-verifier.js';
import { signerJwks } from './signer-jwks.js';

/**
 * The verifier of the built-in identity's tokens: the OIDC verifier (same path as any other
 * issuer) with the signer's own public key instead of a fetched JWKS.
 */
export function builtinTokenVerifier(signer: TokenSigner, opts: { issuer: string; audience: string; now?: () => Date }): TokenVerifier {
  return new OidcTokenVerifier({ issuer: opts.issuer, audience: opts.audience, now: opts.now }, signerJwks(signer));
}
