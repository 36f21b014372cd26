import { createPublicKey } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { calculateJwkThumbprint } from 'jose';
import type { PublicJwk, TokenSigner } from '../../domain/ports/token-signer.js';
import { derToJose } from './der-signature.js';

/**
 * ES256 with an asymmetric AWS KMS key (`ECC_NIST_P256`, `SIGN_VERIFY`): the private key never
 * leaves KMS. The public key is fetched once per instance (GetPublicKey) for the JWKS and the kid.
 */
export class KmsTokenSigner implements TokenSigner {
  readonly algorithm = 'ES256' as const;
  private jwk?: Promise<PublicJwk>;

  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
  ) {}

  async sign(input: Uint8Array): Promise<Uint8Array> {
    // RAW: KMS hashes with SHA-256 itself (messages up to 4096 bytes; a token's input is far smaller).
    const out = await this.kms.send(new SignCommand({ KeyId: this.keyId, Message: input, MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256' }));
    if (!out.Signature) throw new Error('KMS returned no signature');
    return derToJose(out.Signature);
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
    if (out.KeySpec !== 'ECC_NIST_P256' || !out.PublicKey) throw new Error(`KMS key ${this.keyId} is not an ECC_NIST_P256 signing key (KeySpec ${out.KeySpec})`);
    const { kty, crv, x, y } = createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }).export({ format: 'jwk' }) as PublicJwk;
    const base = { kty: kty!, crv: crv!, x: x!, y: y! };
    return { ...base, kid: await calculateJwkThumbprint(base), alg: 'ES256', use: 'sig' };
  }
}
