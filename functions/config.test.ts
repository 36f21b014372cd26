import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('parses once into a frozen object with defaults', () => {
    const config = loadConfig({ LOCAL_JWT_SECRET: 'x'.repeat(20), PORT: '4000' });
    expect(config).toMatchObject({ tableName: 'dabiao', authMode: 'builtin', tokenAudience: 'dabiao', claims: {}, port: 4000, maxBodyBytes: 1048576 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('fails fast on missing or malformed settings', () => {
    expect(() => loadConfig({ AUTH_MODE: 'magic' })).toThrow(/AUTH_MODE/);
    expect(() => loadConfig({ AUTH_MODE: 'cognito', TABLE_NAME: 't' })).toThrow(/COGNITO_USER_POOL_ID/);
    expect(() => loadConfig({ AUTH_MODE: 'cognito' })).toThrow(/TABLE_NAME/);
    expect(() => loadConfig({ LOCAL_JWT_SECRET: 's'.repeat(20), PORT: '-1' })).toThrow(/PORT/);
    expect(() => loadConfig({ TOKEN_ISSUER: 'api.example.cn' })).toThrow(/TOKEN_ISSUER/);
    expect(() => loadConfig({ TOKEN_KMS_KEY_ID: 'arn:aws-cn:kms:cn-north-1:1:key/k', TABLE_NAME: 't' })).toThrow(/TOKEN_ISSUER/);
    expect(() => loadConfig({ TOKEN_KMS_KEY_ID: 'arn:aws-cn:kms:cn-north-1:1:key/k', TOKEN_ISSUER: 'https://api.example.cn' })).toThrow(/TABLE_NAME/);
    expect(() => loadConfig({ AUTH_MODE: 'oidc', TABLE_NAME: 't', OIDC_AUDIENCE: 'a' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ AUTH_MODE: 'oidc', TABLE_NAME: 't', OIDC_ISSUER: 'http://idp.example.cn', OIDC_AUDIENCE: 'a' })).toThrow(/https/);
  });

  it('builtin is the default; local is its old name; the issuer, audience and KMS key come from TOKEN_*', () => {
    expect(loadConfig({ AUTH_MODE: 'local' }).authMode).toBe('builtin');
    expect(loadConfig({ AUTH_MODE: 'builtin', TABLE_NAME: 't', TOKEN_ISSUER: 'https://abc.execute-api.cn-north-1.amazonaws.com.cn/', TOKEN_AUDIENCE: 'app', TOKEN_KMS_KEY_ID: 'arn:aws-cn:kms:cn-north-1:1:key/k' }))
      .toMatchObject({ authMode: 'builtin', tokenIssuer: 'https://abc.execute-api.cn-north-1.amazonaws.com.cn', tokenAudience: 'app', tokenKmsKeyId: 'arn:aws-cn:kms:cn-north-1:1:key/k' });
  });

  it('takes the token key\'s public JWK read at deploy time (TOKEN_PUBLIC_JWK), and refuses a malformed or private one', () => {
    const base = { AUTH_MODE: 'builtin', TABLE_NAME: 't', TOKEN_ISSUER: 'https://api.example.cn', TOKEN_KMS_KEY_ID: 'arn:aws-cn:kms:cn-north-1:1:key/k' };
    const jwk = { kty: 'EC', crv: 'P-256', x: 'eA', y: 'eQ', kid: 'k1', alg: 'ES256', use: 'sig' };
    expect(loadConfig({ ...base, TOKEN_PUBLIC_JWK: JSON.stringify(jwk) }).tokenPublicJwk).toEqual(jwk);
    expect(loadConfig(base).tokenPublicJwk).toBeUndefined();
    expect(() => loadConfig({ ...base, TOKEN_PUBLIC_JWK: '{not json' })).toThrow(/TOKEN_PUBLIC_JWK/);
    expect(() => loadConfig({ ...base, TOKEN_PUBLIC_JWK: JSON.stringify({ ...jwk, kid: undefined }) })).toThrow(/kid/);
    expect(() => loadConfig({ ...base, TOKEN_PUBLIC_JWK: JSON.stringify({ ...jwk, d: 'secret' }) })).toThrow(/public ES256/);
    // An RSA key for RS256 only: a JWK of the other key type is a wiring mistake, caught at init.
    expect(() => loadConfig({ ...base, TOKEN_SIGNING_ALG: 'RS256', TOKEN_PUBLIC_JWK: JSON.stringify(jwk) })).toThrow(/TOKEN_PUBLIC_JWK/);
    expect(loadConfig({ ...base, TOKEN_SIGNING_ALG: 'RS256', TOKEN_PUBLIC_JWK: JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'r1' }) }).tokenPublicJwk).toMatchObject({ kid: 'r1' });
    // A key without `alg` is pinned to the signing algorithm, so it cannot verify a PS256 token with the RS256 key.
    expect(loadConfig({ ...base, TOKEN_SIGNING_ALG: 'RS256', TOKEN_PUBLIC_JWK: JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'r1' }) }).tokenPublicJwk?.alg).toBe('RS256');
  });

  it('maps claims by configuration: CLAIM_ROLE, CLAIM_INSTITUTION, CLAIM_REGION (comma-separated names)', () => {
    expect(loadConfig({ AUTH_MODE: 'oidc', TABLE_NAME: 't', OIDC_ISSUER: 'https://idp.example.cn', OIDC_AUDIENCE: 'dabiao', CLAIM_ROLE: 'groups, dabiao_role', CLAIM_REGION: 'org_region' }).claims)
      .toEqual({ role: ['groups', 'dabiao_role'], region: ['org_region'] });
  });

  it('accepts an OpenID Connect issuer, or no issuer at all, where Cognito does not exist', () => {
    expect(loadConfig({ AUTH_MODE: 'oidc', TABLE_NAME: 't', OIDC_ISSUER: 'https://idp.example.cn', OIDC_AUDIENCE: 'dabiao' }))
      .toMatchObject({ authMode: 'oidc', oidcIssuer: 'https://idp.example.cn', oidcAudience: 'dabiao' });
    expect(loadConfig({ AUTH_MODE: 'none', TABLE_NAME: 't' }).authMode).toBe('none');
  });
});
