/** A public key as a JSON Web Key (EC P-256: kty, crv, x, y; RSA: kty, n, e). */
export type PublicJwk = Record<string, string>;

/** The signature algorithms the built-in identity signs with. */
export type TokenAlgorithm = 'ES256' | 'RS256';

/**
 * Signs access tokens with an asymmetric key the API never has to share: a P-256 key pair on
 * disk locally, an AWS KMS key in AWS. Anyone can verify with the public key (the JWKS).
 */
export interface TokenSigner {
  /**
   * The JWS algorithm of the signatures: ES256 locally; in AWS RS256 by default, because API
   * Gateway's JWT authorizer verifies RSA signatures only (ES256 there means no gateway check).
   */
  readonly algorithm: TokenAlgorithm;
  /**
   * The signature over `input` (the JWS signing input), in JOSE form: for ES256 the 64 bytes
   * r || s, not DER; for RS256 the PKCS #1 v1.5 signature as it is.
   */
  sign(input: Uint8Array): Promise<Uint8Array>;
  /** The public key with its `kid`, `alg` and `use`, as the JWKS publishes it. */
  publicJwk(): Promise<PublicJwk>;
}
