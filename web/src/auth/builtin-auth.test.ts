import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinAuth } from './builtin-auth.js';

/** A Storage in memory (the tests run in Node, without a DOM). */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const inst1 = { sub: 'u-inst1', username: 'inst1', role: 'institution' as const, institutionId: 'h1' };
const signedIn = (token: string, user = inst1, expiresIn = 900) => ({ state: 'signed-in', token, expiresIn, refreshToken: `r-${token}`, user });
const reply = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the built-in identity keeps the tab\'s access token for a reload', () => {
  let fetch: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('after a sign-in, a reload of the tab has the session at once, without asking the server', async () => {
    fetch.mockResolvedValueOnce(reply(200, signedIn('t1')));
    const result = await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    fetch.mockClear();
    const restored = builtinAuth.restore!();
    expect(restored).toEqual(result.state === 'signed-in' ? result.session : undefined);
    expect(restored?.token).toBe('t1');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a kept token that runs out within a minute is not used: the page refreshes instead', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    fetch.mockResolvedValueOnce(reply(200, signedIn('t1', inst1, 900)));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    vi.setSystemTime(841_000);
    expect(builtinAuth.restore!()).toBeNull();
    // …and it is dropped, so a later reload does not try it again.
    vi.setSystemTime(0);
    expect(builtinAuth.restore!()).toBeNull();
  });

  it('is not used once the device is signed out (another tab signed out) or another user signed in', async () => {
    fetch.mockResolvedValueOnce(reply(200, signedIn('t1')));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    localStorage.removeItem('dabiao.refresh');
    expect(builtinAuth.restore!()).toBeNull();

    fetch.mockResolvedValueOnce(reply(200, signedIn('t2')));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    const keptForThisTab = sessionStorage.getItem('dabiao.access');
    // Another tab signs in as someone else: the device's user changes, this tab's token is inst1's.
    fetch.mockResolvedValueOnce(reply(200, signedIn('t3', { ...inst1, sub: 'u-inst2', username: 'inst2' })));
    await builtinAuth.signIn({ username: 'inst2', password: 'demo' });
    sessionStorage.setItem('dabiao.access', keptForThisTab!);
    expect(builtinAuth.restore!()).toBeNull();
  });

  it('sign-out and a refused refresh forget it', async () => {
    fetch.mockResolvedValueOnce(reply(200, signedIn('t1')));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    fetch.mockResolvedValueOnce(reply(200, {}));
    await builtinAuth.signOut();
    expect(sessionStorage.getItem('dabiao.access')).toBeNull();

    fetch.mockResolvedValueOnce(reply(200, signedIn('t2')));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    fetch.mockResolvedValueOnce(reply(401, { error: { code: 'refresh-invalid', message: 'no' } }));
    expect(await builtinAuth.refresh()).toBeNull();
    expect(sessionStorage.getItem('dabiao.access')).toBeNull();
    expect(builtinAuth.restore!()).toBeNull();
  });

  it('a refresh keeps the new token for the tab', async () => {
    fetch.mockResolvedValueOnce(reply(200, signedIn('t1')));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    fetch.mockResolvedValueOnce(reply(200, signedIn('t2')));
    await builtinAuth.refresh();
    expect(builtinAuth.restore!()?.token).toBe('t2');
  });
});
