import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { UserStatusCheck } from '../domain/identity/user-status-cache.js';
import type { Principal } from '../domain/ports/token-verifier.js';
import type { AppEnv } from './app-env.js';
import { requireAuth } from './auth-middleware.js';
import { toErrorResponse } from './error-response.js';

const insta: Principal = { sub: 'insta', username: 'insta', role: 'institution', institutionId: 'inst-a' };

/**
 * An app behind `requireAuth` whose user status answers only once the route has run (as when
 * both reads share one request to the table), and which records what its routes did.
 */
function appWith(status: () => Promise<boolean>, principal: Principal = insta) {
  const ran: string[] = [];
  const userStatus: UserStatusCheck = { isDisabled: () => status(), forget: () => undefined };
  const app = new Hono<AppEnv>();
  app.onError((error, c) => {
    const { status: code, body } = toErrorResponse(error);
    return c.json(body, code);
  });
  app.use('/api/*', requireAuth({ verify: async () => principal }, userStatus));
  app.get('/api/submissions/:id', (c) => {
    ran.push(`GET ${c.req.param('id')}`);
    c.header('ETag', '"v7"');
    return c.json({ id: c.req.param('id'), answers: { beds: 12 } });
  });
  app.get('/api/rounds/:id/results/export', (c) => {
    ran.push(`GET export ${c.req.param('id')}`);
    c.header('Content-Disposition', 'attachment; filename="r1.csv"');
    return c.body('institution,score\ninst-a,91\n', 200, { 'content-type': 'text/csv' });
  });
  app.put('/api/submissions/:id', (c) => {
    ran.push(`PUT ${c.req.param('id')}`);
    return c.json({ id: c.req.param('id') });
  });
  const request = async (method: string, path = '/api/submissions/s1') => {
    const res = await app.request(path, { method, headers: { authorization: 'Bearer t' } });
    return { status: res.status, text: await res.text(), headers: Object.fromEntries(res.headers) };
  };
  return { request, ran };
}

/** A status read that settles after the route has answered. */
const later = <T>(settle: () => T) => () => new Promise<Awaited<T>>((resolve, reject) => setTimeout(() => {
  try {
    resolve(settle() as Awaited<T>);
  } catch (error) {
    reject(error);
  }
}, 5));

describe('requireAuth with the user status check', () => {
  it('answers a read of an active user with what the route answered', async () => {
    const { request } = appWith(later(() => false));
    const res = await request('GET');
    expect([res.status, JSON.parse(res.text), res.headers.etag]).toEqual([200, { id: 's1', answers: { beds: 12 } }, '"v7"']);
  });

  it('answers a read of a disabled user with 403 account-disabled and none of the data, although the route ran alongside', async () => {
    const { request, ran } = appWith(later(() => true));
    const res = await request('GET');
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error.code).toBe('account-disabled');
    expect(res.text).not.toContain('beds');
    expect(res.headers).toEqual({ 'content-type': 'application/json' });
    expect(ran).toEqual(['GET s1']);
  });

  it("keeps none of a refused read's headers: a disabled user's export is a JSON 403, not a file", async () => {
    const { request, ran } = appWith(later(() => true));
    const res = await request('GET', '/api/rounds/r1/results/export');
    expect([res.status, res.headers]).toEqual([403, { 'content-type': 'application/json' }]);
    expect(JSON.parse(res.text).error.code).toBe('account-disabled');
    expect(ran).toEqual(['GET export r1']);
  });

  it('answers a read whose status could not be read with 500 and none of the data', async () => {
    const { request } = appWith(later(() => {
      throw new Error('DynamoDB unavailable');
    }));
    const res = await request('GET');
    expect([res.status, res.headers]).toEqual([500, { 'content-type': 'application/json' }]);
    expect(res.text).not.toContain('beds');
  });

  it('never runs a write of a disabled user', async () => {
    const { request, ran } = appWith(later(() => true));
    const res = await request('PUT');
    expect([res.status, JSON.parse(res.text).error.code]).toEqual([403, 'account-disabled']);
    expect(ran).toEqual([]);
  });

  it('refuses a password-change token outside the password route, as account-disabled when the user is disabled', async () => {
    const changeOnly = { ...insta, purpose: 'password-change' as const };
    const active = await appWith(later(() => false), changeOnly).request('GET');
    expect([active.status, JSON.parse(active.text).error.code]).toEqual([403, 'password-change-required']);
    const disabled = appWith(later(() => true), changeOnly);
    const res = await disabled.request('GET');
    expect([res.status, JSON.parse(res.text).error.code]).toEqual([403, 'account-disabled']);
    expect(disabled.ran).toEqual([]);
  });
});
