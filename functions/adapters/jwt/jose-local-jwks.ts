/** jose's key set over keys already at hand (the built-in identity's own public key); see jose-verify.ts for why it is its own module. */
export { createLocalJWKSet } from 'jose/jwks/local';
