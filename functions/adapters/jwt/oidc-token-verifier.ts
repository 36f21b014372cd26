import type { JWTVerifyGetKey, jwtVerify } from 'jose';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, TokenVerifier } from '../../domain/ports/token-verifier.js';
import { lazyRemoteJwks } from './lazy-remote-jwks.js';
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
  /** Where jose's token check loads from with the first token (`./jose-verify.js` by default); see {@link LoadJwtVerify}. */
  loadJwtVerify?: LoadJwtVerify;
}

/**
 * Loads jose's `jwtVerify` with the first token. By default from its own small module
 * (`jose-verify.ts`); the API's Lambda gives the module holding its signed-in routes instead, which
 * re-exports it, so a signed-in request loads one chunk, not one per module (`functions/api/signed-in.ts`).
 */
export type LoadJwtVerify = () => Promise<{ jwtVerify: typeof jwtVerify }>;

/** jose's token check from its own module: what a verifier loads unless told otherwise. */
export const loadJoseVerify: LoadJwtVerify = () => import('./jose-verify.js');

/** Verified tokens one process remembers (about 1 KB each), and for how long at most before checking a signature again. */
const VERIFIED_TOKENS = 1000;
const REVERIFY_AFTER_MS = 5 * 60 * 1000;

/**
 * Verifies tokens of any OpenID Connect issuer by its JWKS: a province's identity platform, and
 * the built-in directory's own ES256 tokens (with the signer's key as `jwks`), so every issuer
 * takes the same path. Keys are fetched on the first token and cached by jose, so
 * constructing this does no I/O (and loads no HTTP client); an issuer that cannot be reached means 401, never a pass.
 */
export class OidcTokenVerifier implements TokenVerifier {
  private readonly jwks: JWTVerifyGetKey;
  /**
   * Tokens whose signature, issuer and audience were checked, by the exact token text: a client
   * sends the same access token with every request, and checking an ECDSA or RSA signature is
   * most of what authenticating costs. Each is kept until its `exp` (always checked) and for at
   * most five minutes, so a key the issuer withdraws stops tokens within that time.
   */
  private readonly verified = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly opts: OidcVerifierOptions, jwks?: JWTVerifyGetKey) {
    this.jwks = jwks ?? lazyRemoteJwks(opts.jwksUrl ?? `${opts.issuer.replace(/\/$/, '')}/.well-known/jwks.json`);
  }

  async verify(token: string): Promise<Principal> {
    const now = (this.opts.now?.() ?? new Date()).getTime();
    const hit = this.verified.get(token);
    if (hit && now < hit.until) return { ...hit.principal };
    if (hit) this.verified.delete(token);
    // jose loads with the first token, not in the Lambda's init: a cold start that answers a
    // health check never needs it (`npm run bench`).
    const { jwtVerify } = await (this.opts.loadJwtVerify ?? loadJoseVerify)();
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
    const principal = principalFromClaims(payload, this.opts.claims);
    this.verified.set(token, { principal: { ...principal }, until: Math.min((payload.exp as number) * 1000, now + REVERIFY_AFTER_MS) });
    if (this.verified.size > VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value as string);
    return principal;
  }
}

/** The verifier of a deployment with no issuer configured yet: every token is refused. */
export const rejectAllTokens: TokenVerifier = {
  verify: () => Promise.reject(new UnauthorizedError('This deployment has no identity provider configured yet')),
};
