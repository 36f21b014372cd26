import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, TokenVerifier } from '../../domain/ports/token-verifier.js';
import { principalFromClaims, type ClaimMapping } from './principal-from-claims.js';

/** Settings of {@link OidcTokenVerifier}. */
export interface OidcVerifierOptions {
  /** The `iss` every token must carry, e.g. `https://idp.example.cn`. */
  issuer: string;
  /** The `aud` every token must name (the client or API identifier the issuer uses for Dabiao). */
  audience: string;
  /** Where the signing keys are; by default `<issuer>/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** Which claims carry role, institution and region; our own tokens' names by default. */
  claims?: ClaimMapping;
  /** The time expiry is checked against; the wall clock by default (tests inject theirs). */
  now?: () => Date;
}

/**
 * Verifies tokens of any OpenID Connect issuer by its JWKS: a province's identity platform, and
 * the built-in directory's own ES256 tokens (with the signer's key as `jwks`), so every issuer
 * takes the same path. Keys are fetched lazily and cached by jose, so
 * constructing this does no I/O; an issuer that cannot be reached means 401, never a pass.
 */
export class OidcTokenVerifier implements TokenVerifier {
  private readonly jwks: JWTVerifyGetKey;

  constructor(private readonly opts: OidcVerifierOptions, jwks?: JWTVerifyGetKey) {
    this.jwks = jwks ?? createRemoteJWKSet(new URL(opts.jwksUrl ?? `${opts.issuer.replace(/\/$/, '')}/.well-known/jwks.json`));
  }

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      // Asymmetric algorithms only: a JWKS never holds a shared secret, and "none" is never valid.
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: this.opts.issuer,
        audience: this.opts.audience,
        algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
        // jose checks `exp` only when present: a token without one would be valid forever.
        requiredClaims: ['exp'],
        ...(this.opts.now ? { currentDate: this.opts.now() } : {}),
      }));
    } catch {
      throw new UnauthorizedError('The token is invalid or expired');
    }
    return principalFromClaims(payload, this.opts.claims);
  }
}

/** The verifier of a deployment with no issuer configured yet: every token is refused. */
export const rejectAllTokens: TokenVerifier = {
  verify: () => Promise.reject(new UnauthorizedError('This deployment has no identity provider configured yet')),
};
