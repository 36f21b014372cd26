import 'aws-sdk-client-mock-vitest/extend';
import { generateKeyPairSync, sign } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { KmsTokenSigner } from '../../functions/adapters/aws/kms-token-signer.js';
import { builtinTokenVerifier } from '../../functions/adapters/jwt/builtin-token-verifier.js';
import { TokenIssuer } from '../../functions/domain/identity/token-issuer.js';
import { systemClock } from '../../functions/domain/ports/clock.js';

const kms = mockClient(KMSClient);
const KEY_ARN = 'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const names = { issuer: 'https://abc123.execute-api.cn-north-1.amazonaws.com.cn', audience: 'dabiao' };

/** A stand-in for KMS holding a real P-256 key: signs as KMS does (SHA-256 over RAW input, DER signature). */
function fakeKms() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  kms.on(SignCommand).callsFake((input: { Message: Uint8Array }) => ({ Signature: sign('sha256', input.Message, privateKey), KeyId: KEY_ARN, SigningAlgorithm: 'ECDSA_SHA_256' }));
  kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) });
}

describe('KmsTokenSigner', () => {
  beforeEach(() => kms.reset());

  it('signs through KMS Sign (ECDSA_SHA_256, RAW) into tokens that jose verifies with the JWKS from GetPublicKey', async () => {
    fakeKms();
    const signer = new KmsTokenSigner(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    const tokens = new TokenIssuer(signer, { ...names, clock: systemClock });
    const principal = { sub: 'wjw', username: 'wjw', role: 'commission' as const, regionId: 'haining' };
    const token = await tokens.issue(principal);

    const signCall = kms.commandCalls(SignCommand)[0]!.args[0].input;
    expect(signCall).toMatchObject({ KeyId: KEY_ARN, MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(Buffer.from(signCall.Message!).toString()).toBe(token.split('.').slice(0, 2).join('.'));
    // JOSE's r || s: 64 bytes, where KMS returned DER (70–72 bytes).
    expect(Buffer.from(token.split('.')[2]!, 'base64url')).toHaveLength(64);

    const jwk = await signer.publicJwk();
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet({ keys: [jwk] }), { ...names, algorithms: ['ES256'] });
    expect(protectedHeader.kid).toBe(jwk.kid);
    expect(payload).toMatchObject({ sub: 'wjw', role: 'commission', regionId: 'haining' });
    expect(await builtinTokenVerifier(signer, names).verify(token)).toEqual(principal);
  });

  it('RS256 with an RSA key (what API Gateway\'s JWT authorizer verifies): KMS signs RSASSA_PKCS1_V1_5_SHA_256, the JWKS holds an RSA key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    kms.on(SignCommand).callsFake((input: { Message: Uint8Array }) => ({ Signature: sign('sha256', input.Message, privateKey), KeyId: KEY_ARN, SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256' }));
    kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) });
    const signer = new KmsTokenSigner(new KMSClient({ region: 'cn-north-1' }), KEY_ARN, 'RS256');
    const token = await new TokenIssuer(signer, { ...names, clock: systemClock }).issue({ sub: 'admin', username: 'admin', role: 'admin' });
    expect(kms.commandCalls(SignCommand)[0]!.args[0].input).toMatchObject({ SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256', MessageType: 'RAW' });
    const jwk = await signer.publicJwk();
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    const { protectedHeader } = await jwtVerify(token, createLocalJWKSet({ keys: [jwk] }), { ...names, algorithms: ['RS256'] });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: jwk.kid });
    expect(await builtinTokenVerifier(signer, names).verify(token)).toMatchObject({ sub: 'admin', role: 'admin' });
    // An EC key where RSA is configured is refused, not used to sign tokens nobody can verify.
    kms.on(GetPublicKeyCommand).resolves({ KeyId: KEY_ARN, KeySpec: 'ECC_NIST_P256', PublicKey: new Uint8Array([1]) });
    await expect(new KmsTokenSigner(new KMSClient({ region: 'cn-north-1' }), KEY_ARN, 'RS256').publicJwk()).rejects.toThrow(/RSA_2048/);
  });

  it('fetches the public key once, however many tokens it signs (DER signatures of every length convert)', async () => {
    fakeKms();
    const signer = new KmsTokenSigner(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    const tokens = new TokenIssuer(signer, { ...names, clock: systemClock });
    const verifier = builtinTokenVerifier(signer, names);
    // About one signature in 128 has an r or s shorter than 32 bytes: enough tokens to meet some.
    for (let i = 0; i < 300; i++) await verifier.verify(await tokens.issue({ sub: `u${i}`, username: `u${i}`, role: 'expert' }));
    expect(kms).toHaveReceivedCommandTimes(GetPublicKeyCommand, 1);
    expect(kms).toHaveReceivedCommandTimes(SignCommand, 300);
  });

  it('refuses a key that is not a P-256 signing key, and retries the public key after a failure', async () => {
    kms.on(GetPublicKeyCommand).resolvesOnce({ KeyId: KEY_ARN, KeySpec: 'RSA_2048', PublicKey: new Uint8Array([1]) }).rejectsOnce(new Error('throttled'));
    const signer = new KmsTokenSigner(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    await expect(signer.publicJwk()).rejects.toThrow(/ECC_NIST_P256/);
    await expect(signer.publicJwk()).rejects.toThrow(/throttled/);
    fakeKms();
    await expect(signer.publicJwk()).resolves.toMatchObject({ crv: 'P-256' });
  });
});
