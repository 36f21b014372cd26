import { SignJWT, jwtVerify } from 'jose';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, TokenVerifier } from '../../domain/ports/token-verifier.js';
import { purposeKey } from '../local/purpose-key.js';
import { principalFromClaims } from './principal-from-claims.js';

/** Who issues local tokens and whom they are for; a token must name both. */
export const LOCAL_ISSUER = 'dabiao-local';
export const LOCAL_AUDIENCE = 'dabiao-api';

/**
 * HS256 tokens for local mode: issued by the local login, verified by the same path as Cognito's.
 * The key is derived from the secret for tokens only (evidence URLs use another), and a token
 * must carry an expiry and this API as its audience.
 */
export class LocalTokens implements TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly ttlSeconds = 8 * 3600) {
    if (secret.length < 16) throw new Error('LOCAL_JWT_SECRET must be at least 16 characters');
    this.key = purposeKey(secret, 'local-tokens');
  }

  /** Signs a token for `principal`. */
  issue(principal: Principal): Promise<string> {
    const { sub, ...claims } = principal;
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] }));
    } catch {
      throw new UnauthorizedError('The token is invalid or expired');
    }
    return principalFromClaims(payload);
  }
}
