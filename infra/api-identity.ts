import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { ClaimMapping, TokenAlgorithm } from './deployment-config.js';

/** Who issues the tokens the API accepts, with the resources behind it. */
export type ApiIdentity =
  | { kind: 'builtin'; signingKey: kms.IKey; audience: string; algorithm: TokenAlgorithm }
  | { kind: 'oidc'; issuer: string; audience: string; claims: ClaimMapping }
  | { kind: 'cognito'; userPool: cognito.IUserPool; userPoolClient: cognito.IUserPoolClient; claims: ClaimMapping };

/** Where the deployment runs: the values an issuer URL is made of. */
export interface IssuerContext {
  region: string;
  urlSuffix: string;
  /** The HTTP API's own base URL, no trailing slash: its custom domain when configured, else `https://<id>.execute-api.<region>.<suffix>`. The built-in issuer. */
  apiEndpoint: string;
}

/**
 * The `iss` the API's tokens carry: the API itself for the built-in directory (API Gateway's
 * authorizer then fetches `<issuer>/.well-known/openid-configuration` from the API), the
 * configured OIDC issuer, or the Cognito user pool's.
 */
export function issuerOf(identity: ApiIdentity, at: IssuerContext): string {
  switch (identity.kind) {
    case 'builtin':
      return at.apiEndpoint;
    case 'oidc':
      return identity.issuer;
    case 'cognito':
      return `https://cognito-idp.${at.region}.${at.urlSuffix}/${identity.userPool.userPoolId}`;
  }
}

/** The audience tokens must name: the app (built-in, OIDC) or the Cognito app client. */
export function audienceOf(identity: ApiIdentity): string {
  return identity.kind === 'cognito' ? identity.userPoolClient.userPoolClientId : identity.audience;
}

/**
 * The variables `functions/config.ts` reads for each identity: `AUTH_MODE` and its settings
 * (every function runs loadConfig, so every function gets them; only the API may use the key).
 */
export function identityEnv(identity: ApiIdentity, at: IssuerContext): Record<string, string> {
  switch (identity.kind) {
    case 'builtin':
      return {
        AUTH_MODE: 'builtin',
        TOKEN_ISSUER: issuerOf(identity, at),
        TOKEN_AUDIENCE: identity.audience,
        TOKEN_KMS_KEY_ID: identity.signingKey.keyArn,
        // The JWS algorithm the key was made for (RS256: KMS RSASSA_PKCS1_V1_5_SHA_256; ES256: ECDSA_SHA_256).
        TOKEN_SIGNING_ALG: identity.algorithm,
      };
    case 'oidc':
      return { AUTH_MODE: 'oidc', OIDC_ISSUER: identity.issuer, OIDC_AUDIENCE: identity.audience, ...claimEnv(identity.claims) };
    case 'cognito':
      return {
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: identity.userPool.userPoolId,
        COGNITO_CLIENT_ID: identity.userPoolClient.userPoolClientId,
        ...claimEnv(identity.claims),
      };
  }
}

function claimEnv(claims: ClaimMapping): Record<string, string> {
  return {
    ...(claims.role ? { CLAIM_ROLE: claims.role } : {}),
    ...(claims.institution ? { CLAIM_INSTITUTION: claims.institution } : {}),
    ...(claims.region ? { CLAIM_REGION: claims.region } : {}),
  };
}

/**
 * What API Gateway's JWT authorizer checks: the same issuer and audience the Lambda verifies.
 * None for ES256 built-in tokens, which the gateway cannot verify (it takes RSA signatures only):
 * the Lambda then checks every token alone.
 */
export function gatewayAuthorizer(identity: ApiIdentity, at: IssuerContext): { issuer: string; audience: string[] } | undefined {
  if (identity.kind === 'builtin' && identity.algorithm !== 'RS256') return undefined;
  return { issuer: issuerOf(identity, at), audience: [audienceOf(identity)] };
}

/** The identity settings of the web app's `config.json` (public values only). */
export function runtimeAuth(identity: ApiIdentity, at: IssuerContext): Record<string, string> {
  const common = { mode: identity.kind, issuer: issuerOf(identity, at), audience: audienceOf(identity) };
  return identity.kind === 'cognito'
    ? { ...common, clientId: identity.userPoolClient.userPoolClientId, userPoolId: identity.userPool.userPoolId }
    : common;
}

/** Origins the web pages call for sign-in besides the API (whose region-wide origin is allowed anyway). */
export function identityOrigins(identity: ApiIdentity, at: Omit<IssuerContext, 'apiEndpoint'>): string[] {
  switch (identity.kind) {
    case 'builtin':
      return [];
    case 'oidc':
      return [new URL(identity.issuer).origin];
    case 'cognito':
      return [`https://cognito-idp.${at.region}.${at.urlSuffix}`];
  }
}
