import type { Config } from '../config.js';
import type { PublicJwk, TokenAlgorithm, TokenSigner } from '../domain/ports/token-signer.js';

/**
 * The KMS signer, loaded on first use: the KMS client stays out of the cold start of every
 * request that only verifies a token. Verifying needs the public key: `knownJwk`, read from KMS
 * at deploy time (`TOKEN_PUBLIC_JWK`, infra/token-public-key.ts), when the stack gives it, so no
 * request but a sign-in ever loads the KMS client; otherwise fetched from KMS once (GetPublicKey).
 */
export function lazyKmsSigner(config: Pick<Config, 'region'>, keyId: string, algorithm: TokenAlgorithm, knownJwk?: Readonly<PublicJwk>): TokenSigner {
  let signer: Promise<TokenSigner> | undefined;
  const load = () =>
    (signer ??= Promise.all([import('@aws-sdk/client-kms'), import('../adapters/aws/kms-token-signer.js')]).then(
      ([{ KMSClient }, { KmsTokenSigner }]) => new KmsTokenSigner(new KMSClient({ region: config.region, retryMode: 'standard', maxAttempts: 3 }), keyId, algorithm),
    ));
  return {
    algorithm,
    sign: async (input: Uint8Array) => (await load()).sign(input),
    publicJwk: async (): Promise<PublicJwk> => (knownJwk ? { ...knownJwk } : (await load()).publicJwk()),
  };
}
