import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { draftFor, startHarness, type Harness } from './harness.js';

/**
 * Issue 13.2: a save and a submit answer with the text the repository stored, so the submission
 * is serialised once per request (for the write), not a second time for the response; the
 * answer is the same JSON as before.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // Scoring runs in the same process after a submit answers; this counts the route alone.
  h.local.queue.attach(async () => undefined);
});
afterAll(() => h?.close());

/** How often `JSON.stringify` serialises a whole submission (an object with an audit trail) during `run`. */
async function submissionSerialisations(run: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(JSON, 'stringify');
  try {
    await run();
    return spy.mock.calls.filter(([value]) => typeof value === 'object' && value !== null && 'audit' in value && 'answers' in value).length;
  } finally {
    spy.mockRestore();
  }
}

describe('a save and a submit serialise the submission once', () => {
  it('answer with the stored JSON: the same submission, one serialisation each', async () => {
    const draft = await draftFor(h);
    let saved: Awaited<ReturnType<Harness['api']>> | undefined;
    expect(await submissionSerialisations(async () => {
      saved = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'insta', body: { version: draft.version, answers: { beds: 40 } } });
    })).toBe(1);
    expect(saved!.status).toBe(200);
    expect(saved!.headers.get('content-type')).toMatch(/^application\/json/);
    const read = await h.api('GET', `/api/submissions/${draft.id}`, { as: 'insta' });
    expect(saved!.body).toEqual(read.body);
    expect(saved!.body).toMatchObject({ version: draft.version + 1, answers: { beds: 40 } });

    let submitted: Awaited<ReturnType<Harness['api']>> | undefined;
    expect(await submissionSerialisations(async () => {
      submitted = await h.api('POST', `/api/submissions/${draft.id}/submit`, { as: 'insta', body: { version: saved!.body.version } });
    })).toBe(1);
    expect([submitted!.status, submitted!.body.status, submitted!.body.version]).toEqual([202, 'submitted', draft.version + 2]);
  });
});
