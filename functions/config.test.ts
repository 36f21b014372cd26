import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('parses once into a frozen object with defaults', () => {
    const config = loadConfig({ LOCAL_JWT_SECRET: 'x'.repeat(20), PORT: '4000' });
    expect(config).toMatchObject({ tableName: 'dabiao', authMode: 'local', port: 4000, maxBodyBytes: 1048576 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('fails fast on missing or malformed settings', () => {
    expect(() => loadConfig({ AUTH_MODE: 'magic' })).toThrow(/AUTH_MODE/);
    expect(() => loadConfig({ AUTH_MODE: 'cognito', TABLE_NAME: 't' })).toThrow(/COGNITO_USER_POOL_ID/);
    expect(() => loadConfig({ AUTH_MODE: 'cognito' })).toThrow(/TABLE_NAME/);
    expect(() => loadConfig({ LOCAL_JWT_SECRET: 's'.repeat(20), PORT: '-1' })).toThrow(/PORT/);
    expect(() => loadConfig({})).toThrow(/LOCAL_JWT_SECRET/);
    expect(() => loadConfig({ AUTH_MODE: 'oidc', TABLE_NAME: 't', OIDC_AUDIENCE: 'a' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ AUTH_MODE: 'oidc', TABLE_NAME: 't', OIDC_ISSUER: 'http://idp.example.cn', OIDC_AUDIENCE: 'a' })).toThrow(/https/);
  });

  it('accepts an OpenID Connect issuer, or no issuer at all, where Cognito does not exist', () => {
    expect(loadConfig({ AUTH_MODE: 'oidc', TABLE_NAME: 't', OIDC_ISSUER: 'https://idp.example.cn', OIDC_AUDIENCE: 'dabiao' }))
      .toMatchObject({ authMode: 'oidc', oidcIssuer: 'https://idp.example.cn', oidcAudience: 'dabiao' });
    expect(loadConfig({ AUTH_MODE: 'none', TABLE_NAME: 't' }).authMode).toBe('none');
  });
});
