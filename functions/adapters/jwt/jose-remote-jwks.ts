/** jose's key set fetched from an issuer's JWKS URL (OIDC, Cognito); see jose-verify.ts for why it is its own module. */
export { createRemoteJWKSet } from 'jose/jwks/remote';
