import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { CognitoTokenVerifier, cognitoIssuer } from '../../functions/adapters/aws/cognito-token-verifier.js';
import { ForbiddenError, UnauthorizedError } from '../../functions/domain/errors.js';

const POOL = 'cn-north-1_TestPool1';
const CLIENT = 'web-client-id';
const ISSUER = 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_TestPool1';

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let poolKey: Key;
let strangerKey: Key;
let verifier: CognitoTokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  poolKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'pool-key', alg: 'RS256', use: 'sig' };
  verifier = new CognitoTokenVerifier({ userPoolId: POOL, clientId: CLIENT, keySet: createLocalJWKSet({ keys: [jwk] }) });
});

/** A token shaped like a Cognito ID token; `claims` override or (as undefined) remove claims. */
async function idToken(claims: JWTPayload = {}, options: { key?: Key; expiresIn?: string } = {}): Promise<string> {
  const payload: JWTPayload = {
    iss: ISSUER,
    aud: CLIENT,
    sub: 'user-sub-1',
    'cognito:username': 'haining-admin',
    'cognito:groups': ['institution'],
    'custom:institutionId': 'inst-haining',
    token_use: 'id',
    ...claims,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(options.key ?? poolKey);
}

describe('CognitoTokenVerifier', () => {
  it('turns an institution user\'s ID token into a principal bound to the institution', async () => {
    await expect(verifier.verify(await idToken())).resolves.toEqual({
      sub: 'user-sub-1',
      username: 'haining-admin',
      role: 'institution',
      institutionId: 'inst-haining',
    });
  });

  it('acts with the strongest role when a user is in several groups', async () => {
    const principal = await verifier.verify(await idToken({ 'cognito:groups': ['institution', 'admin', 'expert'] }));
    expect(principal.role).toBe('admin');
    expect(principal.institutionId).toBeUndefined();
  });

  it.each([
    ['expired', () => idToken({}, { expiresIn: '-1m' })],
    ['signed by another key', () => idToken({}, { key: strangerKey })],
    ['an access token', () => idToken({ token_use: 'access' })],
    ['issued to another app client', () => idToken({ aud: 'other-client' })],
    ['from another user pool', () => idToken({ iss: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Other' })],
    ['without a username', () => idToken({ 'cognito:username': undefined })],
    ['not a JWT at all', async () => 'not-a-token'],
  ])('answers 401 (UnauthorizedError) for a token %s', async (_label, make) => {
    await expect(verifier.verify(await make())).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it.each([
    ['in no role group', { 'cognito:groups': undefined }],
    ['only in an unknown group', { 'cognito:groups': ['auditors'] }],
    ['in the institution group without an institution', { 'custom:institutionId': undefined }],
  ])('answers 403 (ForbiddenError) for a valid user %s', async (_label, claims) => {
    await expect(verifier.verify(await idToken(claims))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('cognitoIssuer', () => {
  it('uses the amazonaws.com.cn domain in China regions and amazonaws.com elsewhere', () => {
    expect(cognitoIssuer('cn-northwest-1_Abc')).toBe('https://cognito-idp.cn-northwest-1.amazonaws.com.cn/cn-northwest-1_Abc');
    expect(cognitoIssuer('ap-east-1_Abc')).toBe('https://cognito-idp.ap-east-1.amazonaws.com/ap-east-1_Abc');
    expect(() => cognitoIssuer('nonsense')).toThrow();
  });
});
