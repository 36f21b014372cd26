import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../../domain/errors.js';
import { CognitoTokenVerifier } from './cognito-token-verifier.js';

const opts = { region: 'ap-east-1', userPoolId: 'ap-east-1_pool', clientId: 'client-1' };
const issuer = `https://cognito-idp.${opts.region}.amazonaws.com/${opts.userPoolId}`;

async function setup() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
  const verifier = new CognitoTokenVerifier(opts, createLocalJWKSet({ keys: [jwk] }));
  const sign = (claims: Record<string, unknown>, iss = issuer) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(iss).setSubject('abc').setExpirationTime('1h').sign(privateKey);
  return { verifier, sign };
}

describe('CognitoTokenVerifier', () => {
  it('accepts ID tokens for the app client and reads role and institution from custom claims', async () => {
    const { verifier, sign } = await setup();
    const token = await sign({ aud: 'client-1', token_use: 'id', 'cognito:username': 'inst1', 'custom:role': 'institution', 'custom:institutionId': 'haining-renmin' });
    expect(await verifier.verify(token)).toEqual({ sub: 'abc', username: 'inst1', role: 'institution', institutionId: 'haining-renmin' });
  });

  it('accepts access tokens with a role from cognito:groups', async () => {
    const { verifier, sign } = await setup();
    const token = await sign({ client_id: 'client-1', token_use: 'access', username: 'boss', 'cognito:groups': ['admin'] });
    expect(await verifier.verify(token)).toMatchObject({ username: 'boss', role: 'admin' });
  });

  it('rejects another client, another issuer, no role, or an institution without its id', async () => {
    const { verifier, sign } = await setup();
    const bad = [
      await sign({ aud: 'other', token_use: 'id', 'custom:role': 'admin' }),
      await sign({ aud: 'client-1', token_use: 'id', 'custom:role': 'admin' }, 'https://evil.example'),
      await sign({ aud: 'client-1', token_use: 'id' }),
      await sign({ aud: 'client-1', token_use: 'id', 'custom:role': 'institution' }),
    ];
    for (const token of bad) await expect(verifier.verify(token)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('rejects a token without an expiry', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const verifier = new CognitoTokenVerifier(opts, createLocalJWKSet({ keys: [jwk] }));
    const token = await new SignJWT({ aud: 'client-1', token_use: 'id', 'custom:role': 'admin' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setSubject('abc').sign(privateKey);
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('expects the amazonaws.com.cn issuer in China regions, so Beijing and Ningxia tokens verify', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const cn = { region: 'cn-north-1', userPoolId: 'cn-north-1_pool', clientId: 'client-1' };
    const verifier = new CognitoTokenVerifier(cn, createLocalJWKSet({ keys: [jwk] }));
    const sign = (iss: string) => new SignJWT({ aud: 'client-1', token_use: 'id', 'cognito:groups': ['admin'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(iss).setSubject('abc').setExpirationTime('1h').sign(privateKey);
    expect(await verifier.verify(await sign('https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_pool'))).toMatchObject({ role: 'admin' });
    await expect(verifier.verify(await sign('https://cognito-idp.cn-north-1.amazonaws.com/cn-north-1_pool'))).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
