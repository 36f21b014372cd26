import type { JWTVerifyGetKey } from 'jose';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, TokenVerifier } from '../../domain/ports/token-verifier.js';
import { lazyRemoteJwks } from './lazy-remote-jwks.js';
import { loadJoseVerify, type LoadJwtVerify } from './oidc-token-verifier.js';
import { principalFromClaims, type ClaimMapping } from './principal-from-claims.js';

/**
 * Verifies Cognito ID or access tokens against the user pool's JWKS (fetched lazily and cached
 * by jose, so constructing this does no I/O and loads no HTTP client).
 */
export class CognitoTokenVerifier implements TokenVerifier {
  private readonly jwks: JWTVerifyGetKey;
  private readonly issuer: string;
  private readonly clientId: string;
  private readonly claims?: ClaimMapping;
  private readonly loadJwtVerify: LoadJwtVerify;

  constructor(
    opts: { region: string; userPoolId: string; clientId: string; claims?: ClaimMapping; loadJwtVerify?: LoadJwtVerify },
    jwks?: JWTVerifyGetKey,
  ) {
    // China regions (cn-north-1, cn-northwest-1) issue tokens from the .amazonaws.com.cn domain.
    const domain = opts.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    this.issuer = `https://cognito-idp.${opts.region}.${domain}/${opts.userPoolId}`;
    this.jwks = jwks ?? lazyRemoteJwks(`${this.issuer}/.well-known/jwks.json`);
    this.clientId = opts.clientId;
    this.claims = opts.claims;
    this.loadJwtVerify = opts.loadJwtVerify ?? loadJoseVerify;
  }

  async verify(token: string): Promise<Principal> {
    // Loaded with the first token, as in OidcTokenVerifier.
    const { jwtVerify } = await this.loadJwtVerify();
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, { issuer: this.issuer, requiredClaims: ['exp'] }));
    } catch {
      throw new UnauthorizedError('The token is invalid or expired');
    }
    // ID tokens name the app client in `aud`, access tokens in `client_id`.
    const client = payload.token_use === 'access' ? payload.client_id : payload.aud;
    if (client !== this.clientId) throw new UnauthorizedError('The token was issued for another client');
    return principalFromClaims(payload, this.claims);
  }
}
