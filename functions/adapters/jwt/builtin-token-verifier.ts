import type { TokenSigner } from '../../domain/ports/token-signer.js';
import type { TokenVerifier } from '../../domain/ports/token-verifier.js';
import { OidcTokenVerifier, type LoadJwtVerify } from './oidc-token-verifier.js';
import { signerJwks, type LoadLocalJwks } from './signer-jwks.js';

/**
 * The verifier of the built-in identity's tokens: the OIDC verifier (same path as any other
 * issuer) with the signer's own public key instead of a fetched JWKS. `loadJose`, when given,
 * is where jose's check and local key set load from with the first token (the API's Lambda
 * gives the chunk of its signed-in routes; by default, their own small modules).
 */
export function builtinTokenVerifier(
  signer: TokenSigner,
  opts: { issuer: string; audience: string; now?: () => Date; loadJose?: () => Promise<Awaited<ReturnType<LoadJwtVerify>> & Awaited<ReturnType<LoadLocalJwks>>> },
): TokenVerifier {
  return new OidcTokenVerifier({ issuer: opts.issuer, audience: opts.audience, now: opts.now, loadJwtVerify: opts.loadJose }, signerJwks(signer, opts.loadJose));
}
