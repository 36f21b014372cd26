import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUND_ID, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('wrong method on a known path', () => {
  it('is a JSON 405 method-not-allowed with an Allow header listing the methods the path has', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', `/api/rounds/${ROUND_ID}`, 'GET, HEAD, PUT'],
      ['PATCH', '/api/submissions/r1.inst-a.self', 'GET, HEAD, PUT'],
      ['GET', '/api/submissions/r1.inst-a.self/submit', 'POST'],
      ['PUT', '/api/checklists', 'GET, HEAD, POST'],
      ['DELETE', '/api/submissions/x/evidence/icu/0', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await h.api(method, path, { as: 'admin' });
      expect([method, path, res.status, res.body.error?.code, res.headers.get('allow')]).toEqual([method, path, 405, 'method-not-allowed', allow]);
      expect(res.body.error.details).toEqual({ allow: allow.split(', ') });
    }
  });

  it('an unknown path is still a 404, and writes nothing either way', async () => {
    const before = await h.snapshot();
    const res = await h.api('GET', '/api/nothing-here', { as: 'admin' });
    expect([res.status, res.body.error?.code, res.headers.get('allow')]).toEqual([404, 'not-found', null]);
    expect((await h.api('DELETE', `/api/rounds/${ROUND_ID}`, { as: 'admin' })).status).toBe(405);
    expect((await h.api('HEAD', `/api/rounds/${ROUND_ID}`, { as: 'admin' })).status).toBe(200);
    expect(await h.snapshot()).toBe(before);
  });
});
