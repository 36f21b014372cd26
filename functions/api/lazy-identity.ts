import type { BuiltinIdentity } from '../domain/identity/builtin-identity.js';
import type { PublicJwk, TokenSigner } from '../domain/ports/token-signer.js';
import { loadOnce } from '../load-once.js';

/**
 * The built-in identity as the API holds it from the start: the issuer and its public keys, which
 * the public documents (`/.well-known/*`) need, and the rest (sign-in, refresh, users, status
 * checks) built by `load()`, which the signed-in routes await once before they register.
 *
 * Why: the init answers the discovery document and the JWKS and nothing else of the identity;
 * the sessions, the directory's administration, password hashing and their DynamoDB stores were
 * ≈ 12.5 KB of every API cold start (test/bench/README.md, "Lambda bundles"). Split this way, they
 * load with the first signed-in request, in the chunk it loads anyway (signed-in.ts).
 */
export interface LazyBuiltinIdentity {
  /** Who issues the tokens (the API's base URL): the discovery document's `issuer`. */
  readonly issuer: string;
  /** The public keys of the issuer, for `/.well-known/jwks.json`. */
  jwks(): Promise<{ keys: PublicJwk[] }>;
  /** The whole identity, built by the first call; a failed build is tried again by the next. */
  load(): Promise<BuiltinIdentity>;
}

/**
 * The built-in identity of `issuer`, whose tokens `signer` signs, built by `build` on first use.
 * Only the signer's public key is read before then (from the deploy-time JWK when there is one).
 */
export function lazyBuiltinIdentity(issuer: string, signer: Pick<TokenSigner, 'publicJwk'>, build: () => Promise<BuiltinIdentity>): LazyBuiltinIdentity {
  return { issuer, jwks: async () => ({ keys: [await signer.publicJwk()] }), load: loadOnce(build) };
}
