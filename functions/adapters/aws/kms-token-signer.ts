import { createPublicKey } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { calculateJwkThumbprint } from 'jose';
import type { PublicJwk, TokenAlgorithm, TokenSigner } from '../../domain/ports/token-signer.js';
import { derToJose } from './der-signature.js';

/** What each algorithm needs of the KMS key, and how KMS is asked to sign. */
const KMS = {
  ES256: { keySpecs: ['ECC_NIST_P256'], signing: 'ECDSA_SHA_256' },
  RS256: { keySpecs: ['RSA_2048', 'RSA_3072', 'RSA_4096'], signing: 'RSASSA_PKCS1_V1_5_SHA_256' },
} as const;

/**
 * Signs with an asymmetric AWS KMS key (`SIGN_VERIFY`): RS256 with an RSA key (what API Gateway's
 * JWT authorizer can verify), or ES256 with `ECC_NIST_P256`. The private key never leaves KMS.
 * The public key is fetched once per instance (GetPublicKey) for the JWKS and the kid.
 */
export class KmsTokenSigner implements TokenSigner {
  private jwk?: Promise<PublicJwk>;

  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
    readonly algorithm: TokenAlgorithm = 'ES256',
  ) {}

  async sign(input: Uint8Array): Promise<Uint8Array> {
    // RAW: KMS hashes with SHA-256 itself (messages up to 4096 bytes; a token's input is far smaller).
    const out = await this.kms.send(new SignCommand({ KeyId: this.keyId, Message: input, MessageType: 'RAW', SigningAlgorithm: KMS[this.algorithm].signing }));
    if (!out.Signature) throw new Error('KMS returned no signature');
    // ECDSA comes back DER-encoded; JOSE wants r || s. An RSA signature is used as it is.
    return this.algorithm === 'ES256' ? derToJose(out.Signature) : out.Signature;
  }

  publicJwk(): Promise<PublicJwk> {
    // A failed fetch is not cached: the next token tries again.
    this.jwk ??= this.fetchJwk().catch((error: unknown) => {
      this.jwk = undefined;
      throw error;
    });
    return this.jwk;
  }

  private async fetchJwk(): Promise<PublicJwk> {
    const out = await this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyId }));
    const wanted: readonly string[] = KMS[this.algorithm].keySpecs;
    if (!out.KeySpec || !wanted.includes(out.KeySpec) || !out.PublicKey) {
      throw new Error(`KMS key ${this.keyId} is not a ${wanted.join(' / ')} signing key for ${this.algorithm} (KeySpec ${out.KeySpec})`);
    }
    const jwk = createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }).export({ format: 'jwk' }) as PublicJwk;
    const base: PublicJwk = this.algorithm === 'ES256' ? { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! } : { kty: jwk.kty!, n: jwk.n!, e: jwk.e! };
    return { ...base, kid: await calculateJwkThumbprint(base as Parameters<typeof calculateJwkThumbprint>[0]), alg: this.algorithm, use: 'sig' };
  }
}
