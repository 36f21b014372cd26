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

describe('a refresh answered after the sign-in ended does not sign anyone back in', () => {
  let fetch: ReturnType<typeof vi.fn>;
  /** Holds the refresh's answer back until the test lets it through. */
  let answer: (res: Response) => void;
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
  });
  afterEach(() => vi.unstubAllGlobals());

  /** Signs in as `inst1` (refresh token r-t1) and starts a refresh whose answer waits. */
  async function refreshInFlight() {
    fetch.mockResolvedValueOnce(reply(200, signedIn('t1')));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    fetch.mockReturnValueOnce(new Promise<Response>((resolve) => (answer = resolve)));
    const refreshed = builtinAuth.refresh();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    // Wrapped: an async function returning the promise itself would wait for the answer.
    return { refreshed };
  }
  const posted = (path: string) => fetch.mock.calls.filter(([url]) => String(url).endsWith(path)).map(([, init]) => JSON.parse((init as RequestInit).body as string));

  it('signed out in this tab: the late answer is dropped and its new refresh token ended', async () => {
    const { refreshed } = await refreshInFlight();
    fetch.mockResolvedValue(new Response(null, { status: 204 }));
    await builtinAuth.signOut();
    answer(reply(200, signedIn('t2')));
    expect(await refreshed).toBeNull();
    expect([localStorage.getItem('dabiao.refresh'), localStorage.getItem('dabiao.user'), sessionStorage.getItem('dabiao.access')]).toEqual([null, null, null]);
    expect(builtinAuth.restore!()).toBeNull();
    // Both the token signed out with and the one the late answer brought are ended on the server.
    expect(posted('/api/auth/logout')).toEqual([{ refreshToken: 'r-t1' }, { refreshToken: 'r-t2' }]);
  });

  it('signed out in another tab (storage cleared): the same', async () => {
    const { refreshed } = await refreshInFlight();
    localStorage.removeItem('dabiao.refresh');
    localStorage.removeItem('dabiao.user');
    fetch.mockResolvedValue(new Response(null, { status: 204 }));
    answer(reply(200, signedIn('t2')));
    expect(await refreshed).toBeNull();
    expect(localStorage.getItem('dabiao.refresh')).toBeNull();
    expect(builtinAuth.restore!()).toBeNull();
  });

  it('signed out while the answer\'s body is still arriving: the same (a browser test met it: the old user came back)', async () => {
    const { refreshed } = await refreshInFlight();
    let send!: () => void;
    const text = JSON.stringify(signedIn('t2'));
    const body = new ReadableStream<Uint8Array>({ start: (c) => void new Promise<void>((r) => (send = r)).then(() => (c.enqueue(new TextEncoder().encode(text)), c.close())) });
    fetch.mockResolvedValue(new Response(null, { status: 204 }));
    answer(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    await new Promise((r) => setTimeout(r, 10));
    localStorage.clear();
    sessionStorage.clear();
    send();
    expect(await refreshed).toBeNull();
    expect([localStorage.getItem('dabiao.refresh'), localStorage.getItem('dabiao.user'), sessionStorage.getItem('dabiao.access')]).toEqual([null, null, null]);
    expect(posted('/api/auth/logout')).toEqual([{ refreshToken: 'r-t2' }]);
  });

  it('someone else signed in meanwhile: their sign-in stays, the old user does not come back', async () => {
    const { refreshed } = await refreshInFlight();
    const inst2 = { ...inst1, sub: 'u-inst2', username: 'inst2' };
    fetch.mockResolvedValueOnce(reply(200, signedIn('t3', inst2)));
    await builtinAuth.signIn({ username: 'inst2', password: 'demo' });
    fetch.mockResolvedValue(new Response(null, { status: 204 }));
    answer(reply(200, signedIn('t2')));
    expect(await refreshed).toBeNull();
    expect(localStorage.getItem('dabiao.refresh')).toBe('r-t3');
    expect(builtinAuth.restore!()?.user.username).toBe('inst2');
  });

  it('signed out while the server could not be reached: no offline sign-in is made up, nothing throws', async () => {
    fetch.mockResolvedValueOnce(reply(200, signedIn('t1')));
    await builtinAuth.signIn({ username: 'inst1', password: 'demo' });
    let fail!: (error: Error) => void;
    fetch.mockReturnValueOnce(new Promise<Response>((_, reject) => (fail = reject)));
    const refreshed = builtinAuth.refresh();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    fetch.mockResolvedValue(new Response(null, { status: 204 }));
    await builtinAuth.signOut();
    fail(new TypeError('Failed to fetch'));
    expect(await refreshed).toBeNull();
  });
});

describe('another tab ending the sign-in is noticed at once', () => {
  let target: EventTarget;
  const storageEvent = (key: string | null, oldValue: string | null, newValue: string | null) => Object.assign(new Event('storage'), { key, oldValue, newValue });
  const user = (sub: string) => JSON.stringify({ ...inst1, sub });
  beforeEach(() => {
    target = new EventTarget();
    vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
    vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('a sign-out (or refused refresh) in another tab ends it; a rotation or a sign-in there does not', () => {
    const ended = vi.fn();
    const stop = builtinAuth.watch!(ended);
    target.dispatchEvent(storageEvent('dabiao.refresh', 'r-1', 'r-2'));
    target.dispatchEvent(storageEvent('dabiao.refresh', null, 'r-1'));
    target.dispatchEvent(storageEvent('dabiao.user', user('u-inst1'), user('u-inst2')));
    target.dispatchEvent(storageEvent('dabiao.lang', 'zh', 'en'));
    expect(ended).not.toHaveBeenCalled();
    target.dispatchEvent(storageEvent('dabiao.refresh', 'r-2', null));
    expect(ended).toHaveBeenCalledTimes(1);
    stop();
    target.dispatchEvent(storageEvent('dabiao.refresh', 'r-3', null));
    expect(ended).toHaveBeenCalledTimes(1);
  });
});

describe('the built-in identity, signed out', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers "no session" at once, without waiting for another tab\'s refresh to let go of the lock', async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    // Another tab holds the refresh lock and its request has not come back.
    const request = vi.fn(() => new Promise(() => undefined));
    vi.stubGlobal('navigator', { locks: { request } });
    await expect(builtinAuth.refresh()).resolves.toBeNull();
    expect(request).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });
});
