import 'aws-sdk-client-mock-vitest/extend';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { Logger } from '@aws-lambda-powertools/logger';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lambdaContext } from '../../test/aws/lambda-fixtures.js';
import { createCustomResourceHandler } from './custom-resource-handler.js';
import { readTokenPublicKey } from './read-token-public-key.js';

const KEY_ARN = 'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const kms = mockClient(KMSClient);
afterAll(() => kms.restore());
beforeEach(() => kms.reset());

describe('readTokenPublicKey (deploy-time custom resource)', () => {
  it('answers CloudFormation with the key\'s public JWK, kid included, from one GetPublicKey', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) });
    const send = vi.fn().mockResolvedValue(undefined);
    const handler = createCustomResourceHandler('dabiao-token-public-key', (event) => readTokenPublicKey(new KMSClient({ region: 'cn-north-1' }), event.ResourceProperties), new Logger({ logLevel: 'SILENT' }), send);
    await handler({
      RequestType: 'Create', ResponseURL: 'https://cfn.example/r', StackId: 'stack', RequestId: 'req-1', LogicalResourceId: 'TokenKey', ResourceType: 'Custom::DabiaoTokenPublicKey',
      ServiceToken: 'arn', ResourceProperties: { ServiceToken: 'arn', KeyId: KEY_ARN, Algorithm: 'ES256' },
    } as CloudFormationCustomResourceEvent, lambdaContext('token-public-key'));
    const reply = JSON.parse(send.mock.calls[0]![1] as string) as { Status: string; Data: { Jwk: string } };
    expect(reply.Status).toBe('SUCCESS');
    const jwk = JSON.parse(reply.Data.Jwk) as Record<string, string>;
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.stringMatching(/^[\w-]{43}$/) });
    expect(jwk).not.toHaveProperty('d');
    // The same key: what the API verifies with is what KMS holds.
    expect(createPublicKey({ key: jwk, format: 'jwk' }).export({ format: 'der', type: 'spki' }).equals(publicKey.export({ format: 'der', type: 'spki' }))).toBe(true);
    expect(kms).toHaveReceivedCommandExactlyOnceWith(GetPublicKeyCommand, { KeyId: KEY_ARN });
  });

  it('fails the deploy on a key of the wrong type or a missing key id, rather than handing the API a key it cannot use', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) });
    await expect(readTokenPublicKey(new KMSClient({ region: 'cn-north-1' }), { KeyId: KEY_ARN, Algorithm: 'RS256' })).rejects.toThrow(/RSA_2048/);
    await expect(readTokenPublicKey(new KMSClient({ region: 'cn-north-1' }), { Algorithm: 'ES256' })).rejects.toThrow(/KeyId/);
    await expect(readTokenPublicKey(new KMSClient({ region: 'cn-north-1' }), { KeyId: KEY_ARN, Algorithm: 'HS256' })).rejects.toThrow(/Algorithm/);
  });

  it('asks again while a first deploy\'s new policy has not reached KMS (AccessDenied), and gives up on other errors at once', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const denied = Object.assign(new Error('not authorized to perform kms:GetPublicKey'), { name: 'AccessDeniedException' });
    kms.on(GetPublicKeyCommand).rejectsOnce(denied).rejectsOnce(denied).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) });
    const waits: number[] = [];
    const retry = { attempts: 6, delayMs: 10, wait: async (ms: number) => void waits.push(ms) };
    const reply = await readTokenPublicKey(new KMSClient({ region: 'cn-north-1' }), { KeyId: KEY_ARN, Algorithm: 'ES256' }, retry);
    expect(JSON.parse(reply.Jwk)).toMatchObject({ kty: 'EC', alg: 'ES256' });
    expect(kms).toHaveReceivedCommandTimes(GetPublicKeyCommand, 3);
    expect(waits).toEqual([10, 20]);

    kms.reset();
    kms.on(GetPublicKeyCommand).rejects(Object.assign(new Error('key pending deletion'), { name: 'KMSInvalidStateException' }));
    await expect(readTokenPublicKey(new KMSClient({ region: 'cn-north-1' }), { KeyId: KEY_ARN, Algorithm: 'ES256' }, retry)).rejects.toThrow(/pending deletion/);
    expect(kms).toHaveReceivedCommandTimes(GetPublicKeyCommand, 1);

    kms.reset();
    kms.on(GetPublicKeyCommand).rejects(denied);
    await expect(readTokenPublicKey(new KMSClient({ region: 'cn-north-1' }), { KeyId: KEY_ARN, Algorithm: 'ES256' }, { ...retry, attempts: 3 })).rejects.toThrow(/not authorized/);
    expect(kms).toHaveReceivedCommandTimes(GetPublicKeyCommand, 3);
  });
});
