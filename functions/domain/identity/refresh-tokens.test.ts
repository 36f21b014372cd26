import { describe, expect, it } from 'vitest';
import { InMemoryRefreshTokenStore } from '../../adapters/local/in-memory-refresh-token-store.js';
import { createRefreshTokens } from './refresh-tokens.js';

const setup = () => {
  const store = new InMemoryRefreshTokenStore();
  const now = { t: Date.parse('2025-06-01T08:00:00Z') };
  return { store, now, tokens: createRefreshTokens({ store, clock: { now: () => new Date(now.t) } }) };
};
const ok = async () => true;

describe('refresh-token families', () => {
  it('rotates: each token works once, and the family remembers only hashes', async () => {
    const { store, tokens } = setup();
    const { refreshToken } = await tokens.start('li', 1);
    const next = await tokens.rotate(refreshToken, ok);
    expect(next.refreshToken).not.toBe(refreshToken);
    const stored = JSON.stringify(await store.get(refreshToken.split('.')[0]!));
    expect(stored).not.toContain(refreshToken.split('.')[1]);
    expect(stored).not.toContain(next.refreshToken.split('.')[1]);
    await expect(tokens.rotate(next.refreshToken, ok)).resolves.toBeDefined();
  });

  it('two parallel refreshes with one token: at most one wins, and the family ends', async () => {
    const { tokens } = setup();
    const { refreshToken } = await tokens.start('li', 1);
    const outcomes = await Promise.allSettled([tokens.rotate(refreshToken, ok), tokens.rotate(refreshToken, ok)]);
    const won = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o] : []));
    expect(won.length).toBeLessThanOrEqual(1);
    for (const w of won) await expect(tokens.rotate(w.value.refreshToken, ok)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('a family whose user changed is revoked at its next refresh, and stays so', async () => {
    const { store, tokens } = setup();
    const { refreshToken } = await tokens.start('li', 1);
    await expect(tokens.rotate(refreshToken, async () => false)).rejects.toMatchObject({ code: 'unauthorized' });
    expect((await store.get(refreshToken.split('.')[0]!))?.revokedReason).toBe('user-changed');
    await expect(tokens.rotate(refreshToken, ok)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('a sign-out that crosses a refresh (sent with the token just rotated away) still ends the family', async () => {
    const { store, tokens } = setup();
    const { refreshToken } = await tokens.start('li', 1);
    // The web app sent the refresh, then the user signed out before its answer came back.
    const rotated = await tokens.rotate(refreshToken, ok);
    await tokens.end(refreshToken);
    expect((await store.get(refreshToken.split('.')[0]!))?.revokedReason).toBe('logout');
    await expect(tokens.rotate(rotated.refreshToken, ok)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('a token used again after its rotation ends the family: the current token is refused too', async () => {
    const { store, tokens } = setup();
    const { refreshToken } = await tokens.start('li', 1);
    const rotated = await tokens.rotate(refreshToken, ok);
    await expect(tokens.rotate(refreshToken, ok)).rejects.toMatchObject({ code: 'unauthorized' });
    expect((await store.get(refreshToken.split('.')[0]!))?.revokedReason).toBe('reuse');
    await expect(tokens.rotate(rotated.refreshToken, ok)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('refuses malformed tokens and ends after 12 hours', async () => {
    const { now, tokens } = setup();
    for (const bad of ['', 'x', 'a.b', '../../etc.passwd', `${'a'.repeat(20)}.${'b'.repeat(200)}`]) await expect(tokens.rotate(bad, ok)).rejects.toMatchObject({ code: 'unauthorized' });
    const { refreshToken } = await tokens.start('li', 1);
    now.t += 12 * 3600 * 1000;
    await expect(tokens.rotate(refreshToken, ok)).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
