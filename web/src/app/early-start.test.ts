import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyStart, startEarly } from './early-start';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The page as the start-up script finds it: a path, the tab's kept session, the server's replies. */
function page(path: string, kept: unknown, signedIn = true, hints?: Record<string, [string, number]>) {
  const asked: { url: string; authorization: string | null }[] = [];
  const storage = new Map<string, string>(kept ? [['dabiao.access', JSON.stringify(kept)]] : []);
  const local = new Map<string, string>(signedIn ? [['dabiao.refresh', 'r'], ['dabiao.user', JSON.stringify({ sub: 'u1' })]] : []);
  if (hints) local.set('dabiao.checklist-of', JSON.stringify(hints));
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('location', { pathname: path, origin: 'http://app.test' });
  vi.stubGlobal('sessionStorage', { getItem: (k: string) => storage.get(k) ?? null });
  vi.stubGlobal('localStorage', { getItem: (k: string) => local.get(k) ?? null });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    asked.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    if (url === '/config.json') return json({ apiUrl: 'https://api.test/', auth: { mode: 'builtin', issuer: 'x' } });
    if (url === 'https://api.test/api/submissions/r1.h%C3%A9.self') return json({ id: 'r1.hé.self', checklistId: 'c/1', checklistVersion: 3 });
    if (url === 'https://api.test/api/checklists/c%2F1?version=3') return json({ id: 'c/1', version: 3 });
    if (url === 'https://api.test/api/checklists/c%2F1?version=2') return json({ id: 'c/1', version: 2 });
    return json({ error: { code: 'unauthorized', message: 'no' } }, 401);
  });
  return asked;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__dabiaoStart;
  vi.unstubAllGlobals();
});

const fresh = { token: 'kept-token', expiresAt: Date.now() + 600_000, user: { sub: 'u1' } };

describe('the start-up script', () => {
  it('on a form with the tab\'s token kept, reads the submission and then its checklist version from the configured API', async () => {
    const asked = page('/inst/fill/r1.h%C3%A9.self', fresh);
    startEarly();
    const start = earlyStart()!;
    expect(await start.config).toMatchObject({ apiUrl: 'https://api.test/' });
    expect(start.fill).toMatchObject({ id: 'r1.hé.self', token: 'kept-token' });
    expect(await start.fill!.submission).toMatchObject({ checklistId: 'c/1' });
    expect(await start.fill!.checklist).toEqual({ id: 'c/1', version: 3 });
    expect(asked).toEqual([
      { url: '/config.json', authorization: null },
      { url: 'https://api.test/api/submissions/r1.h%C3%A9.self', authorization: 'Bearer kept-token' },
      { url: 'https://api.test/api/checklists/c%2F1?version=3', authorization: 'Bearer kept-token' },
    ]);
  });

  it('a mistyped form address (not valid percent-encoding) does not stop the start-up script', async () => {
    page('/inst/fill/%E0', fresh);
    expect(() => startEarly()).not.toThrow();
    expect(earlyStart()!.fill).toMatchObject({ id: '%E0' });
    await earlyStart()!.fill!.submission.catch(() => undefined);
  });

  it('on a form the device has seen, reads its checklist beside the submission, not after it', async () => {
    const asked = page('/inst/fill/r1.h%C3%A9.self', fresh, true, { 'r1.hé.self': ['c/1', 3] });
    startEarly();
    const start = earlyStart()!;
    // Both reads have gone out before either has been answered.
    await start.sent;
    expect(asked.map((a) => a.url)).toEqual(['/config.json', 'https://api.test/api/submissions/r1.h%C3%A9.self', 'https://api.test/api/checklists/c%2F1?version=3']);
    expect(await start.fill!.checklist).toEqual({ id: 'c/1', version: 3 });
    expect(asked).toHaveLength(3);
  });

  it('reads the version the submission names when it has moved on from the one the device saw', async () => {
    const asked = page('/inst/fill/r1.h%C3%A9.self', fresh, true, { 'r1.hé.self': ['c/1', 2] });
    startEarly();
    expect(await earlyStart()!.fill!.checklist).toEqual({ id: 'c/1', version: 3 });
    expect(asked.map((a) => a.url).slice(2)).toEqual(['https://api.test/api/checklists/c%2F1?version=2', 'https://api.test/api/checklists/c%2F1?version=3']);
  });

  it('reads only the configuration on other pages, without a kept token, or with one about to expire', async () => {
    for (const [path, kept] of [['/inst', fresh], ['/inst/fill/r1', null], ['/inst/fill/r1', { ...fresh, expiresAt: Date.now() + 30_000 }]] as const) {
      const asked = page(path, kept);
      startEarly();
      await earlyStart()!.config;
      expect(earlyStart()!.fill).toBeUndefined();
      expect(asked.map((a) => a.url)).toEqual(['/config.json']);
    }
  });

  it('does not use a kept token once the device has signed out (another tab) or another user has signed in', async () => {
    for (const [kept, signedIn] of [[fresh, false], [{ ...fresh, user: { sub: 'someone-else' } }, true]] as const) {
      const asked = page('/inst/fill/r1', kept, signedIn);
      startEarly();
      await earlyStart()!.config;
      expect(earlyStart()!.fill).toBeUndefined();
      expect(asked.map((a) => a.url)).toEqual(['/config.json']);
    }
  });

  it('a refused read rejects (the app then asks itself) and is never an unhandled rejection', async () => {
    page('/inst/fill/other', fresh);
    startEarly();
    await expect(earlyStart()!.fill!.submission).rejects.toThrow('HTTP 401');
    await expect(earlyStart()!.fill!.checklist).rejects.toThrow('HTTP 401');
  });
});
