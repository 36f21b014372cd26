import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../../domain/errors.js';
import { purposeKey } from '../local/purpose-key.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, LocalTokens } from './local-tokens.js';

const SECRET = 'unit-test-secret-0123456789';
const admin = { role: 'admin', username: 'admin' };

function token(key: Uint8Array, opts: { exp?: boolean; aud?: string | null } = {}) {
  let jwt = new SignJWT(admin).setProtectedHeader({ alg: 'HS256' }).setSubject('u-admin').setIssuer(LOCAL_ISSUER).setIssuedAt();
  if (opts.aud !== null) jwt = jwt.setAudience(opts.aud ?? LOCAL_AUDIENCE);
  if (opts.exp !== false) jwt = jwt.setExpirationTime('1h');
  return jwt.sign(key);
}

describe('LocalTokens', () => {
  it('verifies what it issues', async () => {
    const tokens = new LocalTokens(SECRET);
    const issued = await tokens.issue({ sub: 'u1', username: 'insta', role: 'institution', institutionId: 'a' });
    expect(await tokens.verify(issued)).toEqual({ sub: 'u1', username: 'insta', role: 'institution', institutionId: 'a' });
    expect(await tokens.verify(await token(purposeKey(SECRET, 'local-tokens')))).toMatchObject({ role: 'admin' });
  });

  it('refuses a token without an expiry: it would be valid forever', async () => {
    const tokens = new LocalTokens(SECRET);
    await expect(tokens.verify(await token(purposeKey(SECRET, 'local-tokens'), { exp: false }))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses a token for another audience or for none', async () => {
    const tokens = new LocalTokens(SECRET);
    for (const aud of ['another-api', null]) {
      await expect(tokens.verify(await token(purposeKey(SECRET, 'local-tokens'), { aud }))).rejects.toBeInstanceOf(UnauthorizedError);
    }
  });

  it('refuses a token signed with the raw secret or with the evidence-URL key: each purpose has its own key', async () => {
    const tokens = new LocalTokens(SECRET);
    for (const key of [new TextEncoder().encode(SECRET), purposeKey(SECRET, 'evidence-urls')]) {
      await expect(tokens.verify(await token(key))).rejects.toBeInstanceOf(UnauthorizedError);
    }
    expect(Buffer.from(purposeKey(SECRET, 'evidence-urls')).equals(Buffer.from(purposeKey(SECRET, 'local-tokens')))).toBe(false);
  });
});
