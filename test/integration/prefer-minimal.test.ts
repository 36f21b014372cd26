import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, startHarness, type Harness } from './harness.js';

/**
 * Issue 13.2: a save with `Prefer: return=minimal` (RFC 7240, what the web app's outbox sends)
 * answers with the new version alone; without the header the answer is the whole submission,
 * as before. Either way the same write happens.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('saving with Prefer: return=minimal', () => {
  it('answers with the id, new version and update time, the version also as ETag; the save is stored whole', async () => {
    const draft = await draftFor(h);
    const saved = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'insta', headers: { prefer: 'return=minimal' }, body: { version: draft.version, answers: { beds: 40 } } });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ id: draft.id, version: draft.version + 1, updatedAt: expect.any(String) });
    expect(saved.headers.get('etag')).toBe(`"${draft.version + 1}"`);
    expect(saved.headers.get('preference-applied')).toBe('return=minimal');
    const read = await h.api('GET', `/api/submissions/${draft.id}`, { as: 'insta' });
    expect(read.body).toMatchObject({ version: draft.version + 1, answers: { beds: 40 }, updatedAt: saved.body.updatedAt });
  });

  it('reads the preference among others, in any case; other return values get the whole submission', async () => {
    const draft = await draftFor(h, 'instb', 'inst-b');
    const a = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', headers: { prefer: 'respond-async, RETURN="minimal"; x=1' }, body: { version: draft.version, answers: { beds: 41 } } });
    expect(Object.keys(a.body).sort()).toEqual(['id', 'updatedAt', 'version']);
    const b = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'instb', headers: { prefer: 'return=representation' }, body: { version: a.body.version, answers: { beds: 42 } } });
    expect(b.body).toMatchObject({ id: draft.id, version: draft.version + 2, answers: { beds: 42 }, audit: expect.any(Array) });
    expect(b.headers.get('preference-applied')).toBeNull();
  });

  it('changes nothing about refusals: a stale version is still a 409 with the error body', async () => {
    const draft = await h.api('GET', '/api/submissions?roundId=r1', { as: 'insta' });
    const mine = draft.body.items[0];
    const stale = await h.api('PUT', `/api/submissions/${mine.id}`, { as: 'insta', headers: { prefer: 'return=minimal' }, body: { version: mine.version - 1, answers: { beds: 1 } } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    expect(stale.headers.get('preference-applied')).toBeNull();
  });
});
