import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ForbiddenError, UnauthorizedError } from '../../domain/errors.js';
import type { Principal, Role, TokenVerifier } from '../../domain/ports/token-verifier.js';

/** Options for {@link CognitoTokenVerifier}. */
export interface CognitoTokenVerifierOptions {
  /** e.g. `cn-north-1_AbCdEf123`; the region is read from its prefix. */
  userPoolId: string;
  /** The app client the ID token must be issued to (`aud`). */
  clientId: string;
  /** Overrides the user pool's JWKS (tests); by default fetched from Cognito once and cached. */
  keySet?: JWTVerifyGetKey;
}

/** Highest privilege first: a user in several groups acts with the strongest role. */
const ROLE_PRECEDENCE: readonly Role[] = ['admin', 'expert', 'institution'];

/** The issuer Cognito writes into tokens; China regions live under `amazonaws.com.cn`. */
export function cognitoIssuer(userPoolId: string): string {
  const region = userPoolId.split('_')[0];
  if (!region || !userPoolId.includes('_')) throw new Error(`not a user pool id: "${userPoolId}"`);
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://cognito-idp.${region}.${suffix}/${userPoolId}`;
}

/**
 * {@link TokenVerifier} for Cognito ID tokens. ID tokens (not access tokens) are required because
 * only they carry `custom:institutionId`; the role comes from the `cognito:groups` claim, which
 * only an administrator can change (the app client cannot write either attribute).
 */
export class CognitoTokenVerifier implements TokenVerifier {
  private readonly issuer: string;
  private readonly clientId: string;
  private readonly keySet: JWTVerifyGetKey;

  constructor(options: CognitoTokenVerifierOptions) {
    this.issuer = cognitoIssuer(options.userPoolId);
    this.clientId = options.clientId;
    // createRemoteJWKSet does no I/O until the first verify, so constructing at cold start is cheap.
    this.keySet = options.keySet ?? createRemoteJWKSet(new URL(`${this.issuer}/.well-known/jwks.json`));
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet, {
        issuer: this.issuer,
        audience: this.clientId,
        algorithms: ['RS256'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new UnauthorizedError(describe(error));
      throw error;
    }
    if (payload.token_use !== 'id') throw new UnauthorizedError('An ID token is required, not an access token');
    const sub = payload.sub;
    const username = payload['cognito:username'];
    if (typeof sub !== 'string' || typeof username !== 'string') {
      throw new UnauthorizedError('The token does not name its user');
    }
    const groups = payload['cognito:groups'];
    const groupList = Array.isArray(groups) ? groups : [];
    const role = ROLE_PRECEDENCE.find((candidate) => groupList.includes(candidate));
    if (!role) throw new ForbiddenError('Your account has no role yet; ask an administrator to add you to a group');
    if (role !== 'institution') return { sub, username, role };
    const institutionId = payload['custom:institutionId'];
    if (typeof institutionId !== 'string' || institutionId === '') {
      throw new ForbiddenError('Your institution account is not linked to an institution; ask an administrator');
    }
    return { sub, username, role, institutionId };
  }
}

function describe(error: InstanceType<typeof joseErrors.JOSEError>): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `The token was not issued for this application (${error.claim})`;
  return 'The token could not be verified';
}
