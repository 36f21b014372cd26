import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import type { ChecklistEngine } from '../../functions/domain/ports/checklist-engine.js';
import { systemClock } from '../../functions/domain/ports/clock.js';
import { createScoreSubmission } from '../../functions/scoring-worker/score-submission.js';
import { draftFor, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('scoring faults', () => {
  it('a failing engine leaves the submission submitted and untouched; a retry scores it', async () => {
    const { id } = await draftFor(h);
    await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 11 } } });
    // Keep the local consumer out of the way so the failure below is the only delivery.
    h.local.queue.attach(async () => undefined);
    const submitted = (await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: 2 } })).body;
    await h.local.queue.idle();

    const real = createDefaultEngine();
    const broken: ChecklistEngine = { ...real, score: () => { throw new Error('engine down'); } };
    const request = { submissionId: id, revision: submitted.revision, requestedBy: 'u-inst-a', reason: 'submitted' as const };
    const before = await h.snapshot();
    await expect(createScoreSubmission({ repos: h.local.repos, engine: broken, clock: systemClock })(request)).rejects.toThrow('engine down');
    expect(await h.snapshot()).toBe(before);
    expect((await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body.status).toBe('submitted');
    expect((await h.api('GET', `/api/submissions/${id}/result`, { as: 'insta' })).body.error.code).toBe('not-scored');

    expect(await createScoreSubmission({ repos: h.local.repos, engine: real, clock: systemClock })(request)).toEqual({ outcome: 'scored' });
    expect((await h.api('GET', `/api/submissions/${id}/result`, { as: 'insta' })).body.criteria[0].status).toBe('met');
  });

  it('a re-score that cannot be queued is a retryable 503 scoring-delayed, not a 500; a round re-score reports it per submission', async () => {
    const id = (await h.api('GET', '/api/submissions/r1.inst-a.self', { as: 'admin' })).body.id as string;
    const queue = h.local.queue;
    const enqueue = queue.enqueue.bind(queue);
    queue.enqueue = async () => {
      throw new Error('queue down');
    };
    try {
      const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
      const res = await h.api('POST', `/api/submissions/${id}/rescore`, { as: 'admin', body: { version: current.version } });
      expect([res.status, res.body.error.code, res.headers.get('retry-after')]).toEqual([503, 'scoring-delayed', '2']);
      const round = await h.api('POST', '/api/rounds/r1/rescore', { as: 'admin', body: {} });
      expect(round.status).toBe(202);
      expect(round.body).toEqual({ queued: [], skipped: [{ id, reason: 'scoring-delayed' }] });
    } finally {
      queue.enqueue = enqueue;
    }
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    expect((await h.api('POST', `/api/submissions/${id}/rescore`, { as: 'admin', body: { version: current.version } })).status).toBe(202);
  });

  it('a redelivered submit message never re-scores a scored revision, even after an engine upgrade; only a re-score does', async () => {
    const id = 'r1.inst-a.self';
    await h.local.queue.idle();
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    expect(current.status).toBe('scored');
    const upgraded: ChecklistEngine = { ...createDefaultEngine(), engineVersion: '99.0.0' };
    const score = createScoreSubmission({ repos: h.local.repos, engine: upgraded, clock: systemClock });
    const request = { submissionId: id, revision: current.revision, requestedBy: 'u-inst-a', reason: 'submitted' as const };
    const before = await h.snapshot();
    expect(await score(request)).toEqual({ outcome: 'already-scored' });
    expect(await h.snapshot()).toBe(before);
    expect(await score({ ...request, requestedBy: 'u-admin', reason: 'rescore' })).toEqual({ outcome: 'scored' });
  });
});

