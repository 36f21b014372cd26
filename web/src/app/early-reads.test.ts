import { QueryClient } from '@tanstack/react-query';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AuthProvider, Session } from '../auth/auth-provider';

const asked: { path: string; authorization: string | null }[] = [];
// openapi-fetch takes `fetch` when the client is made, so the stub goes in before the import.
vi.stubGlobal('fetch', async (input: Request) => {
  asked.push({ path: new URL(input.url).pathname, authorization: input.headers.get('authorization') });
  return new Response(JSON.stringify({ error: { code: 'not-found', message: 'no' } }), { status: 404, headers: { 'content-type': 'application/json' } });
});
const { startEarlyReads } = await import('./early-reads');

afterAll(() => void vi.unstubAllGlobals());

const session: Session = { token: 'kept-token', expiresAt: Date.now() + 600_000, user: { sub: 'u1', username: 'inst1', role: 'institution' } };
const auth = (kept: Session | null): AuthProvider => ({ kind: 'password', restore: () => kept, refresh: async () => null, signIn: async () => ({ state: 'signed-in', session }), changePassword: async () => session, signOut: async () => undefined });

describe('reads started before the first render', () => {
  it('a form opened with the tab\'s session asks for its submission at once, with the kept token', async () => {
    asked.length = 0;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(startEarlyReads(client, auth(session), '/inst/fill/r1.h%C3%A9.self')).toBe(true);
    await vi.waitFor(() => expect(asked).toEqual([{ path: '/api/submissions/r1.h%C3%A9.self', authorization: 'Bearer kept-token' }]));
  });

  it('without a kept session, or on another page, nothing is asked (the app signs in or routes first)', async () => {
    asked.length = 0;
    const client = new QueryClient();
    expect(startEarlyReads(client, auth(null), '/inst/fill/r1')).toBe(false);
    expect(startEarlyReads(client, auth(session), '/inst')).toBe(false);
    expect(startEarlyReads(client, auth(session), '/inst/result/r1')).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual([]);
  });
});

describe('the start-up script\'s reads, handed over', () => {
  const early = (token: string) => ({ config: Promise.resolve(undefined), fill: { id: 'r1', token, submission: Promise.resolve({ id: 'r1', checklistId: 'c1', checklistVersion: 1 }), checklist: new Promise(() => undefined) } });

  it('are used for the same form and the token the app restored, so nothing is asked twice', async () => {
    asked.length = 0;
    (globalThis as Record<string, unknown>).__dabiaoStart = early('kept-token');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startEarlyReads(client, auth(session), '/inst/fill/r1');
    await vi.waitFor(() => expect(client.getQueryData(['submission', 'r1'])).toMatchObject({ checklistId: 'c1' }));
    expect(asked).toEqual([]);
    delete (globalThis as Record<string, unknown>).__dabiaoStart;
  });

  it('are not used when sent with a token the app did not restore (another user has signed in since)', async () => {
    asked.length = 0;
    (globalThis as Record<string, unknown>).__dabiaoStart = early('previous-user-token');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startEarlyReads(client, auth(session), '/inst/fill/r1');
    await vi.waitFor(() => expect(asked).toEqual([{ path: '/api/submissions/r1', authorization: 'Bearer kept-token' }]));
    delete (globalThis as Record<string, unknown>).__dabiaoStart;
  });
});
