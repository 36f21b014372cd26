import { SignJWT, jwtVerify } from 'jose';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, TokenVerifier } from '../../domain/ports/token-verifier.js';
import { principalFromClaims } from './principal-from-claims.js';

const ISSUER = 'dabiao-local';

/** HS256 tokens for local mode: issued by the local login, verified by the same path as Cognito's. */
export class LocalTokens implements TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly ttlSeconds = 8 * 3600) {
    if (secret.length < 16) throw new Error('LOCAL_JWT_SECRET must be at least 16 characters');
    this.key = new TextEncoder().encode(secret);
  }

  /** Signs a token for `principal`. */
  issue(principal: Principal): Promise<string> {
    const { sub, ...claims } = principal;
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] }));
    } catch {
      throw new UnauthorizedError('The token is invalid or expired');
    }
    return principalFromClaims(payload);
  }
}
