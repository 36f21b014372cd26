import { describe, expect, it } from 'vitest';
import { builtinTokenVerifier } from '../../functions/adapters/jwt/builtin-token-verifier.js';
import { LocalKeySigner } from '../../functions/adapters/jwt/local-key-signer.js';
import { TokenIssuer } from '../../functions/domain/identity/token-issuer.js';
import { systemClock } from '../../functions/domain/ports/clock.js';
import { InMemoryTokenVerifier } from '../../functions/adapters/local/in-memory-token-verifier.js';
import type { Principal, TokenVerifier } from '../../functions/domain/ports/token-verifier.js';

const institution: Principal = { sub: 'u-inst-a', username: 'insta', role: 'institution', institutionId: 'inst-a' };
const admin: Principal = { sub: 'u-admin', username: 'admin', role: 'admin' };

/** `other` asks for a different issuer (another signing key; each in-memory verifier is its own). */
const adapters: [string, (other?: boolean) => { verifier: TokenVerifier; issue(p: Principal): Promise<string> | string }][] = [
  ['in memory', () => {
    const verifier = new InMemoryTokenVerifier();
    return { verifier, issue: (p) => verifier.issue(p) };
  }],
  ['built-in ES256 (local key)', () => {
    const signer = LocalKeySigner.inMemory();
    const names = { issuer: 'http://localhost:4101', audience: 'dabiao' };
    const tokens = new TokenIssuer(signer, { ...names, clock: systemClock });
    return { verifier: builtinTokenVerifier(signer, names), issue: (p) => tokens.issue(p) };
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
    const other = open(true);
    for (const token of ['', 'garbage', `${await issue(admin)}x`, await other.issue(admin)]) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'unauthorized' });
    }
  });
});
