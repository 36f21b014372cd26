import { describe, expect, it } from 'vitest';
import { LocalTokens } from '../../functions/adapters/jwt/local-tokens.js';
import { InMemoryTokenVerifier } from '../../functions/adapters/local/in-memory-token-verifier.js';
import type { Principal, TokenVerifier } from '../../functions/domain/ports/token-verifier.js';

const institution: Principal = { sub: 'u-inst-a', username: 'insta', role: 'institution', institutionId: 'inst-a' };
const admin: Principal = { sub: 'u-admin', username: 'admin', role: 'admin' };

/** `secret` stands for what makes two verifiers different issuers (the HS256 key; each in-memory one is its own). */
const adapters: [string, (secret?: string) => { verifier: TokenVerifier; issue(p: Principal): Promise<string> | string }][] = [
  ['in memory', () => {
    const verifier = new InMemoryTokenVerifier();
    return { verifier, issue: (p) => verifier.issue(p) };
  }],
  ['local HS256', (secret = 'contract-test-secret-0123456789') => {
    const verifier = new LocalTokens(secret);
    return { verifier, issue: (p) => verifier.issue(p) };
  }],
];

describe.each(adapters)('token verifier contract: %s', (_name, open) => {
  it('a token it issued verifies as its principal, institution included', async () => {
    const { verifier, issue } = open();
    expect(await verifier.verify(await issue(institution))).toEqual(institution);
    expect(await verifier.verify(await issue(admin))).toEqual(admin);
  });

  it('anything else, another issuer\'s token included, is unauthorized', async () => {
    const { verifier, issue } = open();
    const other = open('another-issuer-secret-0123456789');
    for (const token of ['', 'garbage', `${await issue(admin)}x`, await other.issue(admin)]) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'unauthorized' });
    }
  });
});
