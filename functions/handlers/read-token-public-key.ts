import type { KMSClient } from '@aws-sdk/client-kms';
import { KmsTokenSigner } from '../adapters/aws/kms-token-signer.js';

/**
 * The work of the deploy-time custom resource (infra/token-public-key.ts): the token-signing KMS
 * key's public half as the JWK the API publishes and verifies with, `kid` included, computed by
 * the same code the API would run on its first token (`KmsTokenSigner.publicJwk`). Returned as
 * JSON text, since CloudFormation's custom resource data holds strings; the stack puts it in the
 * API's `TOKEN_PUBLIC_JWK`. CDK's own AwsCustomResource cannot do this: it decodes the binary
 * `PublicKey` of GetPublicKey as UTF-8, which mangles the DER key.
 */
export async function readTokenPublicKey(kms: KMSClient, properties: Record<string, unknown>, retry: AccessRetry = ACCESS_RETRY): Promise<{ Jwk: string }> {
  const { KeyId: keyId, Algorithm: algorithm } = properties;
  if (typeof keyId !== 'string' || !keyId) throw new Error('KeyId (the token-signing KMS key) is required');
  if (algorithm !== 'ES256' && algorithm !== 'RS256') throw new Error(`Algorithm must be ES256 or RS256, got ${JSON.stringify(algorithm)}`);
  for (let attempt = 1; ; attempt++) {
    try {
      const jwk = await new KmsTokenSigner(kms, keyId, algorithm).publicJwk();
      return { Jwk: JSON.stringify(jwk) };
    } catch (error) {
      // On a first deploy the function's new policy may not have reached KMS yet (IAM is
      // eventually consistent), and the SDK does not retry an access denial: wait and ask again.
      if ((error as { name?: string }).name !== 'AccessDeniedException' || attempt >= retry.attempts) throw error;
      await retry.wait(retry.delayMs * attempt);
    }
  }
}

/** How long an access denial is retried: attempts, and a delay growing by `delayMs` each time. */
export interface AccessRetry {
  attempts: number;
  delayMs: number;
  wait(ms: number): Promise<void>;
}

/** Six attempts over about 75 s: inside the function's 2-minute limit (infra/token-public-key.ts). */
const ACCESS_RETRY: AccessRetry = { attempts: 6, delayMs: 5000, wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
