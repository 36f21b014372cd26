/** A public key as a JSON Web Key (the members of an EC P-256 key: kty, crv, x, y). */
export type PublicJwk = Record<string, string>;

/**
 * Signs access tokens with an asymmetric key the API never has to share: a P-256 key pair on
 * disk locally, an AWS KMS key in AWS. Anyone can verify with the public key (the JWKS).
 */
export interface TokenSigner {
  /** The JWS algorithm of the signatures. */
  readonly algorithm: 'ES256';
  /**
   * The signature over `input` (the JWS signing input), in JOSE form: for ES256 the 64 bytes
   * r || s, not DER.
   */
  sign(input: Uint8Array): Promise<Uint8Array>;
  /** The public key with its `kid`, `alg` and `use`, as the JWKS publishes it. */
  publicJwk(): Promise<PublicJwk>;
}
