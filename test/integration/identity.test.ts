import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_STATUS_TTL_MS } from '../../functions/domain/identity/user-status-cache.js';
import { createLocalApp } from '../../functions/local/local-app.js';
import { ACCOUNTS, startHarness, type Harness } from './harness.js';

/** The built-in identity end to end through the API app, on dynalite, with a clock the tests move. */
const now = { t: Date.parse('2025-06-01T08:00:00Z') };
const advance = (seconds: number) => (now.t += seconds * 1000);
const clock = { now: () => new Date(now.t) };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock });
});
afterAll(() => h?.close());

const login = (username: string, password: string) => h.api('POST', '/api/auth/login', { body: { username, password } });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** An admin token issued now (the harness's own ones expire when the clock moves on). */
const admin = async () => bearer(await h.local.tokens.issue({ sub: 'u-admin', username: 'admin', role: 'admin' }));
const asAdmin = async (method: string, path: string, body?: unknown) => h.api(method, path, { headers: await admin(), body });

/** Creates a user through the admin API and returns its one-time password. */
async function createUser(username: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await asAdmin('POST', '/api/users', { username, role: 'institution', institutionId: 'inst-a', displayName: `用户${username}`, ...extra });
  expect(res.status).toBe(201);
  return res.body.oneTimePassword;
}

/** Creates a user and completes the forced change; returns the new password's session. */
async function activeUser(username: string, password = 'Harbour-lights-42') {
  const otp = await createUser(username);
  const first = await login(username, otp);
  const changed = await h.api('POST', '/api/auth/password', { headers: bearer(first.body.changeToken), body: { oldPassword: otp, newPassword: password } });
  expect(changed.status).toBe(200);
  return changed.body;
}

describe('sign-in and the issued token', () => {
  it('issues an ES256 token that verifies with jose against the published JWKS and discovery document', async () => {
    const res = await login('insta', 'pw');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'signed-in', tokenType: 'Bearer', expiresIn: 900, user: { sub: 'insta', username: 'insta', role: 'institution', institutionId: 'inst-a' } });
    const discovery = await h.api('GET', '/.well-known/openid-configuration');
    expect(discovery.status).toBe(200);
    expect(discovery.body.issuer).toBe('http://localhost');
    expect(discovery.body.jwks_uri).toBe('http://localhost/.well-known/jwks.json');
    const jwks = await h.api('GET', new URL(discovery.body.jwks_uri).pathname);
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=300');
    expect(jwks.body.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.any(String) })]);
    expect(jwks.body.keys[0].d).toBeUndefined();
    const { payload, protectedHeader } = await jwtVerify(res.body.token, createLocalJWKSet(jwks.body), {
      issuer: discovery.body.issuer,
      audience: 'dabiao',
      algorithms: ['ES256'],
      currentDate: new Date(now.t),
    });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: jwks.body.keys[0].kid });
    expect(payload).toMatchObject({ sub: 'insta', role: 'institution', institutionId: 'inst-a', exp: payload.iat! + 900 });
    expect((await h.api('GET', '/api/auth/me', { headers: bearer(res.body.token) })).body.username).toBe('insta');
  });

  it('a wrong password or an unknown name is 401 with a JSON reason; a missing field is 400', async () => {
    for (const [u, p] of [['instb', 'wrong'], ['nobody', 'pw']]) {
      const res = await login(u!, p!);
      expect([res.status, res.body.error.code]).toEqual([401, 'unauthorized']);
    }
    expect((await h.api('POST', '/api/auth/login', { body: { username: 'instb' } })).status).toBe(400);
  });
});

describe('lockout', () => {
  it('locks a user after ten wrong passwords, longer with each further one, beyond the hourly throttle; after the wait it signs in', async () => {
    await activeUser('patient', 'Slow-and-steady-77');
    // One guess every 16 minutes: the throttle's back-off (at most 15 min) never stops it alone.
    for (let i = 0; i < 10; i++) {
      advance(16 * 60);
      expect((await login('patient', `guess-${i}`)).status).toBe(401);
    }
    const listed = (await asAdmin('GET', '/api/users')).body.items.find((u: { username: string }) => u.username === 'patient');
    expect(listed).toMatchObject({ failedAttempts: 10, lockedUntil: new Date(now.t + 15 * 60_000).toISOString() });
    advance(16 * 60);
    expect((await login('patient', 'guess-10')).status).toBe(401);
    advance(16 * 60);
    // The eleventh failure locked it for 30 minutes: even the right password waits the rest.
    const locked = await login('patient', 'Slow-and-steady-77');
    expect([locked.status, locked.body.error.code, locked.headers.get('retry-after')]).toEqual([429, 'too-many-attempts', String(14 * 60)]);
    advance(15 * 60);
    const ok = await login('patient', 'Slow-and-steady-77');
    expect(ok.status).toBe(200);
    const after = (await asAdmin('GET', '/api/users')).body.items.find((u: { username: string }) => u.username === 'patient');
    expect(after).toMatchObject({ failedAttempts: 0, lastSignInAt: new Date(now.t).toISOString() });
    expect(after.lockedUntil).toBeUndefined();
  });

  it('an admin enable lifts a lockout at once', async () => {
    await activeUser('locked2', 'Locked-out-2024');
    for (let i = 0; i < 11; i++) {
      advance(16 * 60);
      expect((await login('locked2', `guess-${i}`)).status).toBe(401);
    }
    // Once the eleventh failure's lock (30 minutes) has run out, a twelfth locks it for an hour.
    advance(31 * 60);
    expect((await login('locked2', 'guess-11')).status).toBe(401);
    advance(16 * 60);
    expect((await login('locked2', 'Locked-out-2024')).status).toBe(429);
    expect((await asAdmin('POST', '/api/users/locked2/enable')).body).toMatchObject({ status: 'active', failedAttempts: 0 });
    // Past the throttle's 15 minutes, half an hour before the lock would have run out.
    advance(15 * 60 + 1);
    expect((await login('locked2', 'Locked-out-2024')).status).toBe(200);
  });
});

describe('expiry, refresh and rotation', () => {
  it('an access token expires after 15 minutes; the refresh token gets a new pair; a reused one revokes the family', async () => {
    const first = (await login('instc', 'pw')).body;
    advance(15 * 60 + 1);
    expect((await h.api('GET', '/api/auth/me', { headers: bearer(first.token) })).status).toBe(401);
    const second = await h.api('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.refreshExpiresAt).toBe(first.refreshExpiresAt);
    expect((await h.api('GET', '/api/auth/me', { headers: bearer(second.body.token) })).body.username).toBe('instc');
    // The old token again: someone holds a copy. It fails, and so does the legitimate new one now.
    const reused = await h.api('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect([reused.status, reused.body.error.code]).toEqual([401, 'unauthorized']);
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: second.body.refreshToken } })).status).toBe(401);
  });

  it('refresh tokens are stored only as hashes, and a guessed secret for a real family revokes nothing', async () => {
    const session = (await login('instc', 'pw')).body;
    const familyId = session.refreshToken.split('.')[0];
    expect(await h.snapshot()).not.toContain(session.refreshToken.split('.')[1]);
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: `${familyId}.${'A'.repeat(43)}` } })).status).toBe(401);
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(200);
  });

  it('a sign-in lasts 12 hours however often it is refreshed; logout ends it at once', async () => {
    let session = (await login('instc', 'pw')).body;
    for (let i = 0; i < 3; i++) {
      advance(4 * 3600 - 60);
      session = (await h.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } })).body;
    }
    advance(600);
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
    const other = (await login('instc', 'pw')).body;
    expect((await h.api('POST', '/api/auth/logout', { body: { refreshToken: other.refreshToken } })).status).toBe(204);
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: other.refreshToken } })).status).toBe(401);
    expect((await h.api('POST', '/api/auth/logout', { body: { refreshToken: 'unknown' } })).status).toBe(204);
  });
});

describe('first sign-in, password changes and the admin API', () => {
  it('a created user signs in with the one-time password only to change it; the change token opens nothing else', async () => {
    const otp = await createUser('newbie');
    expect(otp).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    const first = await login('newbie', otp);
    expect(first.body).toMatchObject({ state: 'password-change-required', expiresIn: 300 });
    expect(first.body.token).toBeUndefined();
    expect(first.body.refreshToken).toBeUndefined();
    const blocked = await h.api('GET', '/api/rounds', { headers: bearer(first.body.changeToken) });
    expect([blocked.status, blocked.body.error.code]).toEqual([403, 'password-change-required']);

    const change = (body: unknown) => h.api('POST', '/api/auth/password', { headers: bearer(first.body.changeToken), body });
    const weak = await change({ oldPassword: otp, newPassword: 'newbie1234' });
    expect([weak.status, weak.body.error.code]).toEqual([400, 'weak-password']);
    expect(weak.body.error.details.issues.map((i: { code: string }) => i.code)).toEqual(['password-contains-username', 'password-too-simple']);
    expect(weak.body.error.details.issues[0].message).toMatch(/^密码不能包含用户名/);
    const wrongOld = await change({ oldPassword: 'not-it', newPassword: 'Quiet-river-2025' });
    expect([wrongOld.status, wrongOld.body.error.details.issues[0].code]).toEqual([400, 'password-incorrect']);
    const same = await change({ oldPassword: otp, newPassword: otp });
    expect(same.body.error.details.issues.map((i: { code: string }) => i.code)).toContain('password-unchanged');

    const done = await change({ oldPassword: otp, newPassword: 'Quiet-river-2025' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'signed-in', user: { username: 'newbie', role: 'institution' } });
    expect((await h.api('GET', '/api/rounds', { headers: bearer(done.body.token) })).status).toBe(200);
    expect((await login('newbie', otp)).status).toBe(401);
    expect((await login('newbie', 'Quiet-river-2025')).body.state).toBe('signed-in');
  });

  it('a disabled user cannot sign in or refresh; enabled again, it can', async () => {
    const session = await activeUser('leaver', 'Leaving-soon-99');
    const disabled = await asAdmin('POST', '/api/users/leaver/disable');
    expect(disabled.body).toMatchObject({ username: 'leaver', status: 'disabled' });
    expect(disabled.body.passwordHash).toBeUndefined();
    const refused = await login('leaver', 'Leaving-soon-99');
    expect([refused.status, refused.body.error.code]).toEqual([403, 'account-disabled']);
    expect((await login('leaver', 'wrong-password')).status).toBe(401);
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
    await asAdmin('POST', '/api/users/leaver/enable');
    expect((await login('leaver', 'Leaving-soon-99')).status).toBe(200);
    // The refresh token of before the disable stays dead.
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
  });

  it('a reset gives a new one-time password, ends the sessions and forces a change again', async () => {
    const session = await activeUser('forgetful', 'Forgot-it-again-1');
    const reset = await asAdmin('POST', '/api/users/forgetful/reset-password');
    expect(reset.body).toMatchObject({ user: { username: 'forgetful', mustChangePassword: true }, oneTimePassword: expect.any(String) });
    expect((await h.api('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
    expect((await login('forgetful', 'Forgot-it-again-1')).status).toBe(401);
    expect((await login('forgetful', reset.body.oneTimePassword)).body.state).toBe('password-change-required');
  });

  it('creates users by the rules: policy, role bindings that exist, unique names; admins only', async () => {
    const create = (body: Record<string, unknown>) => asAdmin('POST', '/api/users', { role: 'expert', displayName: '专家', ...body });
    const weak = await create({ username: 'weakling', password: 'short' });
    expect([weak.status, weak.body.error.code]).toEqual([400, 'weak-password']);
    const given = await create({ username: 'given', password: 'Chosen-by-admin-1' });
    expect(given.status).toBe(201);
    expect(given.body.oneTimePassword).toBeUndefined();
    expect(given.body.user).toMatchObject({ mustChangePassword: true, status: 'active' });
    expect((await create({ username: 'given' })).status).toBe(409);
    expect((await create({ username: 'Upper' })).status).toBe(400);
    expect((await create({ username: 'noinst', role: 'institution' })).body.error.details.issues[0]).toMatchObject({ path: '/institutionId', code: 'required' });
    expect((await create({ username: 'ghost', role: 'institution', institutionId: 'no-such' })).body.error.code).toBe('invalid-reference');
    // An expert may name the region it works in (shown in the round's expert picker); an admin may not.
    expect((await create({ username: 'expertx', regionId: 'reg' })).body.user).toMatchObject({ role: 'expert', regionId: 'reg' });
    expect((await create({ username: 'experty', regionId: 'no-such' })).body.error.code).toBe('invalid-reference');
    expect((await create({ username: 'adminx', role: 'admin', regionId: 'reg' })).body.error.details.issues[0]).toMatchObject({ path: '/regionId', code: 'not-allowed' });
    const commission = await create({ username: 'wjw', role: 'commission', regionId: 'reg' });
    expect(commission.body.user).toMatchObject({ role: 'commission', regionId: 'reg' });
    const as = async (principal: { sub: string; username: string; role: 'expert' | 'institution'; institutionId?: string }) => bearer(await h.local.tokens.issue(principal));
    expect((await h.api('GET', '/api/users', { headers: await as({ sub: 'u-expert', username: 'expert', role: 'expert' }) })).status).toBe(403);
    expect((await h.api('POST', '/api/users/given/disable', { headers: await as({ sub: 'u-inst-a', username: 'insta', role: 'institution', institutionId: 'inst-a' }) })).status).toBe(403);
    expect((await asAdmin('POST', '/api/users/nobody/disable')).status).toBe(404);
    const own = await asAdmin('POST', '/api/users/admin/disable');
    expect([own.status, own.body.error.code, own.body.error.details.reason]).toEqual([409, 'invalid-state', 'own-account']);
    expect(own.body.error.message).toMatch(/不能停用自己的账号/);
  });
});

describe('GET /api/users: the expert picker’s query', () => {
  it('lists active experts by Chinese name, found by part of the name, narrowed by region, paged; a bad parameter is a 400 naming it', async () => {
    for (const [username, displayName, regionId] of [['zhao', '赵敏', 'reg'], ['qian', '钱伟', undefined], ['sun', '孙敏', 'reg'], ['off', '停用敏', 'reg']] as const) {
      expect((await asAdmin('POST', '/api/users', { username, role: 'expert', displayName, ...(regionId ? { regionId } : {}) })).status).toBe(201);
    }
    expect((await asAdmin('POST', '/api/users/off/disable')).status).toBe(200);
    const found = await asAdmin('GET', `/api/users?role=expert&active=true&q=${encodeURIComponent('敏')}`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((u: { displayName: string }) => u.displayName)).toEqual(['孙敏', '赵敏']);
    expect(found.body.items.every((u: Record<string, unknown>) => !('passwordHash' in u))).toBe(true);
    const inRegion = await asAdmin('GET', '/api/users?role=expert&regionId=reg');
    expect(inRegion.body.items.map((u: { username: string }) => u.username).sort()).toEqual(['expertx', 'off', 'sun', 'zhao']);
    const first = await asAdmin('GET', '/api/users?role=expert&limit=2');
    expect([first.body.items.length, first.body.nextOffset]).toEqual([2, 2]);
    const rest = await asAdmin('GET', `/api/users?role=expert&limit=200&offset=${first.body.nextOffset}`);
    expect(rest.body.items.length + 2).toBe(first.body.total);
    expect(rest.body.nextOffset).toBeUndefined();
    for (const bad of ['role=boss', 'limit=0', 'limit=201', 'limit=ten', 'offset=-1', `q=${'x'.repeat(51)}`, 'sort=name']) {
      const res = await asAdmin('GET', `/api/users?${bad}`);
      expect([res.status, res.body.error.code], bad).toEqual([400, 'invalid-parameter']);
      expect(res.body.error.details.issues[0].path, bad).toBe(`/${bad.split('=')[0]}`);
    }
  });
});

describe('a disabled user’s access token (the API’s own check after the gateway’s)', () => {
  it('is refused at once by the instance that disabled the user, and by every other instance once its cached status expires', async () => {
    const session = await activeUser('departing', 'Packing-boxes-77');
    // A second API instance (another Lambda container) over the same table and key.
    const other = createLocalApp({ client: h.client, config: h.config, accounts: ACCOUNTS, baseUrl: 'http://localhost', clock, signer: h.local.signer });
    const onOther = async (path: string) => {
      const res = await other.app.request(path, { headers: bearer(session.token) });
      return { status: res.status, body: await res.json() };
    };
    // Both instances have served the user, so both hold its status as active.
    expect((await h.api('GET', '/api/auth/me', { headers: bearer(session.token) })).status).toBe(200);
    expect((await onOther('/api/submissions')).status).toBe(200);

    expect((await asAdmin('POST', '/api/users/departing/disable')).status).toBe(200);
    const here = await h.api('GET', '/api/auth/me', { headers: bearer(session.token) });
    expect([here.status, here.body.error.code]).toEqual([403, 'account-disabled']);

    // The other instance trusts what it read for the TTL at most: well inside the token's 15 minutes.
    advance(USER_STATUS_TTL_MS / 1000 - 1);
    expect((await onOther('/api/submissions')).status).toBe(200);
    advance(1);
    expect(await onOther('/api/submissions')).toMatchObject({ status: 403, body: { error: { code: 'account-disabled', message: expect.stringContaining('disabled') } } });
    expect((await onOther('/api/auth/me')).status).toBe(403);

    // Enabled again, the same token works at once on the instance that enabled it.
    expect((await asAdmin('POST', '/api/users/departing/enable')).status).toBe(200);
    expect((await h.api('GET', '/api/auth/me', { headers: bearer(session.token) })).status).toBe(200);
  });
});
