import { readFile } from 'node:fs/promises';
import { SignJWT } from 'jose';
import { LocalKeySigner } from '../../functions/adapters/jwt/local-key-signer.js';
import { TokenIssuer } from '../../functions/domain/identity/token-issuer.js';
import { systemClock } from '../../functions/domain/ports/clock.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, MINI_PATH, ROUND_ID, startHarness, type Harness, type Who } from './harness.js';

/**
 * Every protected route × every role, against a round with inst-a (own institution of `insta`),
 * inst-b (`instb`, another institution in the round) and inst-c (`instc`, outside it); `expert`
 * is assigned to the round, `expert2` is not. Writes carry stale versions or existing ids, so an
 * allowed call ends in 409/200/201 without changing anything and the table must be unchanged.
 * A caller who may not see the thing a route names (`hidden`) gets 404, as if it did not exist
 * (ids are predictable); one who sees it but may not do this gets 403.
 */

const SELF = `${ROUND_ID}.inst-a.self`;
const EXPERT = `${ROUND_ID}.inst-a.expert`;
const STALE = { version: 99 };
const ROLES: Who[] = ['admin', 'expert', 'expert2', 'insta', 'instb', 'instc'];
/** Not part of the round at all. */
const OUTSIDERS: Who[] = ['expert2', 'instc'];
/** Everyone but the admin and insta, for SELF while it is a draft (the round's expert sees it once submitted). */
const NOT_INSTA: Who[] = ['expert', 'expert2', 'instb', 'instc'];
/** Everyone but the admin and the round's expert, for EXPERT while it is a draft. */
const NOT_EXPERT: Who[] = ['expert2', 'insta', 'instb', 'instc'];

interface Route {
  method: string;
  path: string;
  body?: unknown;
  allow: Who[];
  /** Not allowed and may not even see the round, institution or submission: 404. Others not allowed: 403. */
  hidden?: Who[];
  /** Allowed, but what it asks for does not exist: 404 is the allowed answer. */
  absent?: true;
}

let mini: Record<string, unknown>;
const round = { name: { zh: '测试轮次' }, checklistId: 'it-mini', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-a', 'inst-b'], expertIds: ['expert'] };

const routes = (): Route[] => [
  { method: 'GET', path: '/api/checklists', allow: ROLES },
  { method: 'GET', path: '/api/checklists/it-mini', allow: ROLES },
  { method: 'GET', path: '/api/checklists/it-mini/versions', allow: ROLES },
  { method: 'POST', path: '/api/checklists', body: mini, allow: ['admin'] },
  { method: 'POST', path: '/api/checklists/dry-run', body: { definition: mini }, allow: ['admin'] },
  { method: 'POST', path: '/api/checklists/it-mini/versions/1/retire', body: { itemVersion: 99 }, allow: ['admin'] },
  { method: 'GET', path: '/api/regions', allow: ROLES },
  { method: 'GET', path: '/api/regions/reg', allow: ROLES },
  { method: 'POST', path: '/api/regions', body: { id: 'reg', name: { zh: 'x' }, level: 'city' }, allow: ['admin'] },
  { method: 'PUT', path: '/api/regions/reg', body: { ...STALE, name: { zh: 'x' }, level: 'city' }, allow: ['admin'] },
  { method: 'GET', path: '/api/institutions', allow: ROLES },
  { method: 'GET', path: '/api/institutions/inst-a', allow: ['admin', 'expert', 'insta'], hidden: ['expert2', 'instb', 'instc'] },
  { method: 'POST', path: '/api/institutions', body: { id: 'inst-a', name: { zh: 'x' }, regionId: 'reg' }, allow: ['admin'] },
  { method: 'PUT', path: '/api/institutions/inst-a', body: { ...STALE, name: { zh: 'x' }, regionId: 'reg' }, allow: ['admin'] },
  { method: 'GET', path: '/api/rounds', allow: ROLES },
  { method: 'GET', path: `/api/rounds/${ROUND_ID}`, allow: ['admin', 'expert', 'insta', 'instb'], hidden: OUTSIDERS },
  { method: 'POST', path: '/api/rounds', body: { id: ROUND_ID, ...round }, allow: ['admin'] },
  { method: 'PUT', path: `/api/rounds/${ROUND_ID}`, body: { ...STALE, ...round }, allow: ['admin'] },
  { method: 'POST', path: `/api/rounds/ghost/rescore`, body: {}, allow: ['admin'], absent: true },
  { method: 'GET', path: `/api/rounds/${ROUND_ID}/results`, allow: ['admin', 'expert'], hidden: OUTSIDERS },
  { method: 'GET', path: `/api/rounds/${ROUND_ID}/results/export?format=csv`, allow: ['admin', 'expert'], hidden: OUTSIDERS },
  { method: 'GET', path: `/api/submissions?roundId=${ROUND_ID}`, allow: ['admin', 'expert', 'insta', 'instb'], hidden: OUTSIDERS },
  { method: 'GET', path: '/api/submissions?institutionId=inst-a', allow: ['admin', 'insta'] },
  { method: 'POST', path: '/api/submissions', body: { roundId: ROUND_ID, institutionId: 'inst-a', kind: 'self' }, allow: ['admin', 'insta'], hidden: OUTSIDERS },
  { method: 'POST', path: '/api/submissions', body: { roundId: ROUND_ID, institutionId: 'inst-a', kind: 'expert' }, allow: ['admin', 'expert'], hidden: OUTSIDERS },
  // SELF is a draft: the round's expert sees a self-evaluation only once it is submitted (below).
  { method: 'GET', path: `/api/submissions/${SELF}`, allow: ['admin', 'insta'], hidden: NOT_INSTA },
  { method: 'PUT', path: `/api/submissions/${SELF}`, body: STALE, allow: ['admin', 'insta'], hidden: NOT_INSTA },
  { method: 'POST', path: `/api/submissions/${SELF}/submit`, body: STALE, allow: ['admin', 'insta'], hidden: NOT_INSTA },
  { method: 'POST', path: `/api/submissions/${EXPERT}/return`, body: { ...STALE, comment: 'x' }, allow: ['admin', 'expert'], hidden: NOT_EXPERT },
  { method: 'POST', path: `/api/submissions/${SELF}/rescore`, body: STALE, allow: ['admin'] },
  { method: 'GET', path: `/api/submissions/${SELF}/result`, allow: ['admin', 'insta'], hidden: NOT_INSTA },
  { method: 'POST', path: `/api/submissions/${SELF}/evidence`, body: { criterionId: 'icu', fileName: 'a.pdf', contentType: 'application/pdf', size: 3, sha256: 'a'.repeat(64) }, allow: ['admin', 'insta'], hidden: NOT_INSTA },
  { method: 'GET', path: `/api/submissions/${SELF}/evidence/icu/0`, allow: ['admin', 'insta'], hidden: NOT_INSTA, absent: true },
  { method: 'GET', path: `/api/submissions/${EXPERT}`, allow: ['admin', 'expert'], hidden: NOT_EXPERT },
  { method: 'GET', path: `/api/submissions/${EXPERT}/inherited-evidence/icu/0`, allow: ['admin', 'expert'], hidden: NOT_EXPERT, absent: true },
  { method: 'PUT', path: `/api/submissions/${EXPERT}`, body: STALE, allow: ['admin', 'expert'], hidden: NOT_EXPERT },
  { method: 'POST', path: `/api/submissions/${EXPERT}/submit`, body: STALE, allow: ['admin', 'expert'], hidden: NOT_EXPERT },
  // The built-in directory: admins only. Bodies an admin gets 409 or 404 for, so nothing is written.
  { method: 'GET', path: '/api/users', allow: ['admin'] },
  { method: 'POST', path: '/api/users', body: { username: 'expert', role: 'expert', displayName: 'x' }, allow: ['admin'] },
  { method: 'POST', path: '/api/users/ghost/disable', allow: ['admin'], absent: true },
  { method: 'POST', path: '/api/users/ghost/enable', allow: ['admin'], absent: true },
  { method: 'POST', path: '/api/users/ghost/reset-password', allow: ['admin'], absent: true },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  await draftFor(h, 'insta');
  await draftFor(h, 'expert', 'inst-a', 'expert');
});
afterAll(() => h?.close());

describe('access matrix', () => {
  it.each(ROLES)('%s: allowed routes pass the access check, what the caller may not see is 404, the rest 403, nothing is written', async (who) => {
    const before = await h.snapshot();
    const outcomes: string[] = [];
    for (const route of routes()) {
      const res = await h.api(route.method, route.path, { as: who, body: route.body });
      const expected = route.allow.includes(who) ? 'allowed' : route.hidden?.includes(who) ? '404' : '403';
      const ok =
        expected === 'allowed'
          ? ![401, 403].includes(res.status) && res.status < 500 && (res.status !== 404 || route.absent === true)
          : expected === '404'
            ? res.status === 404 && res.body.error.code === 'not-found'
            : res.status === 403 && res.body.error.code === 'forbidden';
      if (!ok) outcomes.push(`${route.method} ${route.path} → ${res.status} (expected ${expected})`);
    }
    expect(outcomes).toEqual([]);
    expect(await h.snapshot()).toBe(before);
  });

  it('filters lists to what each role may see', async () => {
    const ids = async (who: Who, path: string) => (await h.api('GET', path, { as: who })).body.items.map((x: { id: string }) => x.id).sort();
    expect(await ids('insta', '/api/institutions')).toEqual(['inst-a']);
    expect(await ids('expert', '/api/institutions')).toEqual(['inst-a', 'inst-b']);
    expect(await ids('expert2', '/api/institutions')).toEqual([]);
    expect(await ids('instc', '/api/rounds')).toEqual([]);
    expect(await ids('instb', `/api/submissions?roundId=${ROUND_ID}`)).toEqual([]);
    expect(await ids('insta', `/api/submissions?roundId=${ROUND_ID}`)).toEqual([SELF]);
  });

  it('every protected route is 401 without a token, with a malformed header, or with a forged token', async () => {
    // Right issuer and audience, signed by another key; and a shared-secret token, which the API never accepts.
    const names = { issuer: h.local.tokens.issuer, audience: h.local.tokens.audience, clock: systemClock };
    const forged = await new TokenIssuer(LocalKeySigner.inMemory(), names).issue({ sub: 'u-admin', username: 'admin', role: 'admin' });
    const hs256 = await new SignJWT({ role: 'admin', username: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('u-admin').setIssuer(names.issuer).setAudience(names.audience).setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-0123456789abcdef'));
    // Signed with the real token key, so only the expiry is wrong (issued 16 minutes ago, valid 15).
    const expired = await h.local.tokens.issue({ sub: 'u-admin', username: 'admin', role: 'admin' }, new Date(Date.now() - 16 * 60_000));
    const failures: string[] = [];
    for (const route of routes()) {
      for (const authorization of [undefined, 'Basic abc', `Bearer ${forged}`, `Bearer ${hs256}`, `Bearer ${expired}`, 'Bearer not.a.jwt']) {
        const res = await h.api(route.method, route.path, { body: route.body, headers: authorization ? { authorization } : {} });
        if (res.status !== 401 || res.body.error.code !== 'unauthorized') failures.push(`${route.method} ${route.path} [${authorization?.slice(0, 12)}] → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('admin-only routes answer 403 to other roles before looking at the body (even a malformed one)', async () => {
    // Routes that take a body (GET /api/users has none; the matrix above covers it).
    const adminOnly = routes().filter((r) => r.allow.length === 1 && r.allow[0] === 'admin' && r.method !== 'GET');
    expect(adminOnly.length).toBeGreaterThanOrEqual(10);
    const failures: string[] = [];
    for (const route of adminOnly) {
      for (const who of ROLES.filter((r) => r !== 'admin')) {
        for (const body of ['{}', '{"version":', '[]']) {
          const res = await h.api(route.method, route.path, { as: who, body });
          if (res.status !== 403 || res.body.error.code !== 'forbidden') failures.push(`${who} ${route.method} ${route.path} ${body} → ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('an outsider cannot tell an existing submission, round or institution from a missing one', async () => {
    const pairs: [Who, string, string][] = [
      ['instb', `/api/submissions/${SELF}`, `/api/submissions/${ROUND_ID}.inst-z.self`],
      ['instb', `/api/submissions/${SELF}/result`, `/api/submissions/${ROUND_ID}.inst-z.self/result`],
      ['expert2', `/api/submissions/${EXPERT}`, `/api/submissions/${ROUND_ID}.inst-z.expert`],
      ['instc', `/api/rounds/${ROUND_ID}`, '/api/rounds/r-none'],
      ['instc', `/api/rounds/${ROUND_ID}/results`, '/api/rounds/r-none/results'],
      ['instc', `/api/submissions?roundId=${ROUND_ID}`, '/api/submissions?roundId=r-none'],
      ['instb', '/api/institutions/inst-a', '/api/institutions/inst-z'],
      ['expert2', '/api/institutions/inst-a', '/api/institutions/inst-z'],
    ];
    for (const [who, existing, missing] of pairs) {
      const [a, b] = [await h.api('GET', existing, { as: who }), await h.api('GET', missing, { as: who })];
      const shape = (r: typeof a) => [r.status, r.body.error?.code, r.body.error?.details?.what, r.body.error?.message.replace(/ \S+ was not found$/, ' … was not found')];
      expect([who, existing, ...shape(a)]).toEqual([who, existing, ...shape(b)]);
      expect(a.status).toBe(404);
    }
  });

  it("a round's participant and expert lists are shown to admins and the round's experts only", async () => {
    const round = async (who: Who) => (await h.api('GET', `/api/rounds/${ROUND_ID}`, { as: who })).body;
    const listed = async (who: Who) => (await h.api('GET', '/api/rounds', { as: who })).body.items.find((r: { id: string }) => r.id === ROUND_ID);
    for (const who of ['admin', 'expert'] as const) {
      expect(await round(who)).toMatchObject({ institutionIds: ['inst-a', 'inst-b'], expertIds: ['expert'] });
      expect(await listed(who)).toMatchObject({ institutionIds: ['inst-a', 'inst-b'], expertIds: ['expert'] });
    }
    for (const who of ['insta', 'instb'] as const) {
      for (const seen of [await round(who), await listed(who)]) {
        expect(seen).toMatchObject({ id: ROUND_ID, checklistId: 'it-mini', year: 2025 });
        expect(seen).not.toHaveProperty('institutionIds');
        expect(seen).not.toHaveProperty('expertIds');
      }
    }
  });

  it("an institution's self-evaluation is hidden from the round's expert until submitted, in reads, results, returns and lists", async () => {
    const h2 = await startHarness();
    try {
      const { id } = await draftFor(h2, 'insta');
      const listed = async (who: Who) => (await h2.api('GET', `/api/submissions?roundId=${ROUND_ID}`, { as: who })).body.items.map((s: { id: string }) => s.id);
      const reads = async (who: Who) => Promise.all(['', '/result'].map(async (tail) => (await h2.api('GET', `/api/submissions/${id}${tail}`, { as: who })).status));
      expect(await reads('expert')).toEqual([404, 404]);
      expect(await listed('expert')).not.toContain(id);
      const draft = (await h2.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
      expect((await h2.api('POST', `/api/submissions/${id}/return`, { as: 'expert', body: { version: draft.version, comment: 'x' } })).status).toBe(404);

      const saved = await h2.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 12, hasIcu: true } } });
      expect((await h2.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: saved.body.version } })).status).toBe(202);
      await h2.local.queue.idle();
      expect(await reads('expert')).toEqual([200, 200]);
      expect(await listed('expert')).toContain(id);
      expect(await reads('expert2')).toEqual([404, 404]);

      const current = (await h2.api('GET', `/api/submissions/${id}`, { as: 'expert' })).body;
      const returned = await h2.api('POST', `/api/submissions/${id}/return`, { as: 'expert', body: { version: current.version, comment: '请补充材料' } });
      expect(returned.body.status).toBe('returned');
      // The reviewer follows up what they returned (their own comments are on it).
      expect((await h2.api('GET', `/api/submissions/${id}`, { as: 'expert' })).status).toBe(200);
      expect(await listed('expert')).toContain(id);
      expect(await reads('expert2')).toEqual([404, 404]);
    } finally {
      await h2.close();
    }
  });

  it('an expert evaluation returned to the expert is hidden from the institution again, in reads and lists', async () => {
    const h2 = await startHarness();
    try {
      const { id } = await draftFor(h2, 'expert', 'inst-a', 'expert');
      const saved = await h2.api('PUT', `/api/submissions/${id}`, { as: 'expert', body: { version: 1, answers: { beds: 12, hasIcu: true } } });
      const submitted = await h2.api('POST', `/api/submissions/${id}/submit`, { as: 'expert', body: { version: saved.body.version } });
      expect(submitted.status).toBe(202);
      await h2.local.queue.idle();
      expect((await h2.api('GET', `/api/submissions/${id}`, { as: 'insta' })).status).toBe(200);
      const current = (await h2.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
      const returned = await h2.api('POST', `/api/submissions/${id}/return`, { as: 'admin', body: { version: current.version, comment: '内部：请复核' } });
      expect(returned.body.status).toBe('returned');
      expect((await h2.api('GET', `/api/submissions/${id}`, { as: 'insta' })).status).toBe(404);
      expect((await h2.api('GET', `/api/submissions/${id}/result`, { as: 'insta' })).status).toBe(404);
      const listed = async (path: string) => (await h2.api('GET', path, { as: 'insta' })).body.items.map((s: { id: string }) => s.id);
      expect(await listed('/api/submissions')).not.toContain(id);
      expect(await listed(`/api/submissions?roundId=${ROUND_ID}`)).not.toContain(id);
    } finally {
      await h2.close();
    }
  });
});

