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
export async function readTokenPublicKey(kms: KMSClient, properties: Record<string, unknown>): Promise<{ Jwk: string }> {
  const { KeyId: keyId, Algorithm: algorithm } = properties;
  if (typeof keyId !== 'string' || !keyId) throw new Error('KeyId (the token-signing KMS key) is required');
  if (algorithm !== 'ES256' && algorithm !== 'RS256') throw new Error(`Algorithm must be ES256 or RS256, got ${JSON.stringify(algorithm)}`);
  const jwk = await new KmsTokenSigner(kms, keyId, algorithm).publicJwk();
  return { Jwk: JSON.stringify(jwk) };
}
