import 'aws-sdk-client-mock-vitest/extend';
import { generateKeyPairSync, sign } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.js';
import { loadConfig } from '../../functions/config.js';
import { createApiDeps } from '../../functions/handlers/api-deps.js';
import { KmsTokenSigner } from '../../functions/adapters/aws/kms-token-signer.js';

const kms = mockClient(KMSClient);
// The API's own check reads the token's user from the table (its status), at most every 30 s.
const dynamo = mockClient(DynamoDBDocumentClient);
afterAll(() => {
  kms.restore();
  dynamo.restore();
});
const storedUser = (status: 'active' | 'disabled') => ({ Item: { pk: 'USER#wjw', sk: 'USER', version: 1, data: JSON.stringify({ username: 'wjw', role: 'commission', regionId: 'haining', status }) } });
const KEY_ARN = 'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ISSUER = 'https://abc123.execute-api.cn-north-1.amazonaws.com.cn';

describe('the Lambda API with AUTH_MODE=builtin', () => {
  const env = { AUTH_MODE: 'builtin', TABLE_NAME: 'Dabiao-Table', AWS_REGION: 'cn-north-1', TOKEN_ISSUER: ISSUER, TOKEN_KMS_KEY_ID: KEY_ARN, EVIDENCE_BUCKET: 'evidence', SCORING_QUEUE_URL: 'https://sqs.cn-north-1.amazonaws.com.cn/1/q.fifo' };

  it('serves discovery and a JWKS from the KMS key, and accepts tokens signed by it (KMS loaded on first use)', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) });
    kms.on(SignCommand).callsFake((input: { Message: Uint8Array }) => ({ Signature: sign('sha256', input.Message, privateKey) }));
    dynamo.on(GetCommand).resolves(storedUser('active'));
    const deps = createApiDeps(loadConfig(env));
    expect(kms).toHaveReceivedCommandTimes(GetPublicKeyCommand, 0);
    const app = createApp(deps);

    const discovery = await (await app.request('/.well-known/openid-configuration')).json();
    expect(discovery).toMatchObject({ issuer: ISSUER, jwks_uri: `${ISSUER}/.well-known/jwks.json` });
    const jwks = await (await app.request('/.well-known/jwks.json')).json();
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256' })]);

    const token = await (await deps.identity!.load()).tokens.issue({ sub: 'wjw', username: 'wjw', role: 'commission', regionId: 'haining' });
    expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())).toMatchObject({ iss: ISSUER, aud: 'dabiao' });
    const me = await app.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toEqual({ sub: 'wjw', username: 'wjw', role: 'commission', regionId: 'haining' });
    expect(kms).toHaveReceivedCommandTimes(GetPublicKeyCommand, 1);
    expect(dynamo).toHaveReceivedCommandWith(GetCommand, { TableName: 'Dabiao-Table' });

    // Another instance, where the user is stored as disabled: the still valid token is refused.
    dynamo.on(GetCommand).resolves(storedUser('disabled'));
    const elsewhere = await createApp(createApiDeps(loadConfig(env))).request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(elsewhere.status).toBe(403);
    expect(await elsewhere.json()).toMatchObject({ error: { code: 'account-disabled' } });
  });

  it('with the public key given at deploy time (TOKEN_PUBLIC_JWK), verifies and signs in without ever asking KMS for it', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    kms.reset();
    kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) });
    kms.on(SignCommand).callsFake((input: { Message: Uint8Array }) => ({ Signature: sign('sha256', input.Message, privateKey) }));
    dynamo.on(GetCommand).resolves(storedUser('active'));
    // What the deploy-time custom resource hands the stack (functions/handlers/token-public-key.ts).
    const jwk = await new KmsTokenSigner(new KMSClient({ region: 'cn-north-1' }), KEY_ARN, 'ES256').publicJwk();
    kms.resetHistory();
    const deps = createApiDeps(loadConfig({ ...env, TOKEN_PUBLIC_JWK: JSON.stringify(jwk) }));
    const app = createApp(deps);

    const token = await (await deps.identity!.load()).tokens.issue({ sub: 'wjw', username: 'wjw', role: 'commission', regionId: 'haining' });
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toMatchObject({ alg: 'ES256', kid: jwk.kid });
    const me = await app.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect((await (await app.request('/.well-known/jwks.json')).json()).keys).toEqual([jwk]);
    expect(kms).toHaveReceivedCommandTimes(GetPublicKeyCommand, 0);
    expect(kms).toHaveReceivedCommandTimes(SignCommand, 1);

    // The key replaced (a redeploy with a new key, below the old environment): tokens of the other key are refused, not trusted.
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', PublicKey: other.publicKey.export({ format: 'der', type: 'spki' }) });
    const newJwk = await new KmsTokenSigner(new KMSClient({ region: 'cn-north-1' }), KEY_ARN, 'ES256').publicJwk();
    const rotated = createApp(createApiDeps(loadConfig({ ...env, TOKEN_PUBLIC_JWK: JSON.stringify(newJwk) })));
    const refused = await rotated.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('refuses to start without a KMS key or an https issuer', () => {
    expect(() => createApiDeps(loadConfig({ ...env, TOKEN_KMS_KEY_ID: '' }))).toThrow(/TOKEN_KMS_KEY_ID/);
    expect(() => loadConfig({ ...env, TOKEN_ISSUER: 'http://abc' })).toThrow(/TOKEN_ISSUER/);
  });
});
