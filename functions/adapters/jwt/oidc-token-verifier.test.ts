import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../../domain/errors.js';
import { OidcTokenVerifier, rejectAllTokens } from './oidc-token-verifier.js';

const issuer = 'https://idp.example.cn';

async function setup() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
  const verifier = new OidcTokenVerifier({ issuer, audience: 'dabiao' }, createLocalJWKSet({ keys: [jwk] }));
  const sign = (claims: Record<string, unknown>, opts: { iss?: string; aud?: string } = {}) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer(opts.iss ?? issuer)
      .setAudience(opts.aud ?? 'dabiao').setSubject('u-1').setExpirationTime('1h').sign(privateKey);
  return { verifier, sign };
}

describe('OidcTokenVerifier', () => {
  it('accepts a token of the configured issuer and audience and reads role and institution', async () => {
    const { verifier, sign } = await setup();
    const token = await sign({ username: 'inst1', role: 'institution', institutionId: 'haining-renmin' });
    expect(await verifier.verify(token)).toEqual({ sub: 'u-1', username: 'inst1', role: 'institution', institutionId: 'haining-renmin' });
  });

  it('refuses another issuer, another audience, or a token without a role', async () => {
    const { verifier, sign } = await setup();
    for (const token of [
      await sign({ role: 'admin' }, { iss: 'https://evil.example' }),
      await sign({ role: 'admin' }, { aud: 'another-app' }),
      await sign({}),
    ]) {
      await expect(verifier.verify(token)).rejects.toBeInstanceOf(UnauthorizedError);
    }
  });

  it('refuses a token without an expiry (it would be valid forever) and an expired one', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const verifier = new OidcTokenVerifier({ issuer, audience: 'dabiao' }, createLocalJWKSet({ keys: [jwk] }));
    const base = () => new SignJWT({ username: 'a', role: 'admin' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer(issuer).setAudience('dabiao').setSubject('u-1');
    await expect(verifier.verify(await base().sign(privateKey))).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(verifier.verify(await base().setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(privateKey))).rejects.toBeInstanceOf(UnauthorizedError);
    // The same token with an expiry ahead is accepted: the refusals above are about exp alone.
    expect(await verifier.verify(await base().setExpirationTime('1h').sign(privateKey))).toMatchObject({ role: 'admin' });
  });

  it('checks a signature once per token, and a remembered token still expires at its exp', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const keys = createLocalJWKSet({ keys: [jwk] });
    let keyLookups = 0;
    let now = Date.now();
    const verifier = new OidcTokenVerifier({ issuer, audience: 'dabiao', now: () => new Date(now) }, (header, token) => {
      keyLookups += 1;
      return keys(header, token);
    });
    const exp = Math.floor(now / 1000) + 60;
    const token = await new SignJWT({ username: 'a', role: 'admin' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer(issuer).setAudience('dabiao').setSubject('u-1').setExpirationTime(exp).sign(privateKey);
    expect(await verifier.verify(token)).toMatchObject({ role: 'admin' });
    expect(await verifier.verify(token)).toMatchObject({ role: 'admin' });
    expect(keyLookups).toBe(1);
    // A changed token (one signature byte) is checked on its own, never taken for the remembered one.
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier.verify(tampered)).rejects.toBeInstanceOf(UnauthorizedError);
    now = exp * 1000 + 1;
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses an HS256 token even if it is signed with the public key material', async () => {
    const { verifier } = await setup();
    const forged = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(issuer)
      .setAudience('dabiao').setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode('s'.repeat(32)));
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('a deployment without an issuer refuses every token', async () => {
    await expect(rejectAllTokens.verify('anything')).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
