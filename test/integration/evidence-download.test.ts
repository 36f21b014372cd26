import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, startHarness, type Harness } from './harness.js';

let h: Harness;
let id: string;
const now = { t: Date.parse('2026-03-01T08:00:00.000Z') };
const BYTES = '胸痛中心 %PDF-1.7';

beforeAll(async () => {
  h = await startHarness({ clock: { now: () => new Date(now.t) } });
  id = (await draftFor(h)).id;
  const size = new TextEncoder().encode(BYTES).byteLength;
  const ticket = await h.api('POST', `/api/submissions/${id}/evidence`, { as: 'insta', body: { criterionId: 'icu', fileName: 'ICU 验收(终).pdf', contentType: 'application/pdf', size, sha256: createHash('sha256').update(BYTES).digest('hex') } });
  const url = new URL(ticket.body.upload.url);
  expect((await h.api('PUT', url.pathname + url.search, { headers: { 'content-type': 'application/pdf' }, raw: BYTES })).status).toBe(204);
  const saved = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 10, hasIcu: true }, evidence: { icu: [ticket.body.file] } } });
  expect(saved.status).toBe(200);
  expect((await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: 2 } })).status).toBe(202);
  await h.local.queue.idle();
});
afterAll(() => h?.close());

const ask = (as: 'admin' | 'expert' | 'expert2' | 'insta' | 'instb', path = `/api/submissions/${id}/evidence/icu/0`) => h.api('GET', path, { as });
const fetchUrl = (url: string) => {
  const u = new URL(url);
  return h.api('GET', u.pathname + u.search);
};

describe('evidence downloads', () => {
  it('the owning institution, the round expert and an admin get a short-lived URL that returns the uploaded bytes', async () => {
    for (const who of ['insta', 'expert', 'admin'] as const) {
      const res = await ask(who);
      expect([who, res.status]).toEqual([who, 200]);
      expect(res.body).toMatchObject({ name: 'ICU 验收(终).pdf', contentType: 'application/pdf' });
      expect(Date.parse(res.body.expiresAt) - now.t).toBeGreaterThan(0);
      expect(Date.parse(res.body.expiresAt) - now.t).toBeLessThanOrEqual(15 * 60 * 1000);
      const file = await fetchUrl(res.body.url);
      expect(file.status).toBe(200);
      expect(file.text).toBe(BYTES);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      // RFC 5987: the Chinese name survives, with an ASCII fallback for old clients.
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="ICU _(_).pdf"; filename*=UTF-8''ICU%20%E9%AA%8C%E6%94%B6%28%E7%BB%88%29.pdf`);
    }
  });

  it('another institution and an unassigned expert get 404, as for a submission that does not exist; a missing file or index is 404', async () => {
    expect((await ask('instb')).status).toBe(404);
    expect((await ask('expert2')).status).toBe(404);
    for (const path of [`/api/submissions/${id}/evidence/icu/1`, `/api/submissions/${id}/evidence/beds/0`, `/api/submissions/${id}/evidence/icu/x`, `/api/submissions/${id}/evidence/icu/-1`, '/api/submissions/ghost/evidence/icu/0']) {
      const res = await ask('insta', path);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 404, 'not-found']);
    }
  });

  it('the local download URL refuses a tampered signature, name or key, and an expired URL', async () => {
    const { url } = (await ask('insta')).body;
    const tampered = (name: string, value: string) => {
      const u = new URL(url);
      u.searchParams.set(name, value);
      return u.toString();
    };
    for (const bad of [tampered('sig', '0'.repeat(64)), tampered('name', 'other.pdf'), tampered('expires', '2099-01-01T00:00:00.000Z'), url.replace('%2Ficu%2F', '%2Fbeds%2F')]) {
      const res = await fetchUrl(bad);
      expect([bad, res.status, res.body.error?.code]).toEqual([bad, 403, 'forbidden']);
    }
    now.t += 16 * 60 * 1000;
    try {
      const expired = await fetchUrl(url);
      expect([expired.status, expired.body.error?.code]).toEqual([403, 'forbidden']);
    } finally {
      now.t -= 16 * 60 * 1000;
    }
  });

  it('needs a token for the API route', async () => {
    expect((await h.api('GET', `/api/submissions/${id}/evidence/icu/0`)).status).toBe(401);
  });
});
