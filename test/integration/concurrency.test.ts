import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import { systemClock } from '../../functions/domain/ports/clock.js';
import { createScoreSubmission } from '../../functions/scoring-worker/score-submission.js';
import { draftFor, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const resultItems = async () => (await h.snapshot()).match(/"sk\\":\\"RESULT#/g)?.length ?? 0;

describe('concurrency', () => {
  it('parallel saves with the same version: exactly one 200, the rest 409, and the winner is what is stored', async () => {
    const { id } = await draftFor(h);
    const attempts = Array.from({ length: 12 }, (_, i) => i + 1);
    const replies = await Promise.all(attempts.map((beds) => h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds } } })));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(attempts.length - 1);
    const winner = replies.find((r) => r.status === 200)!.body;
    const stored = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
    expect(stored.version).toBe(2);
    expect(stored.answers).toEqual(winner.answers);
    expect(stored.audit.filter((a: { action: string }) => a.action === 'save')).toHaveLength(1);
  });

  it('concurrent savers that re-read and retry on 409 lose no update', async () => {
    const { id } = await draftFor(h, 'instb', 'inst-b');
    // Each writer adds its own key to `note`, re-reading on conflict: all keys must survive.
    const writers = Array.from({ length: 6 }, (_, i) => `w${i}`);
    await Promise.all(
      writers.map(async (w) => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'instb' })).body;
          const note = [current.answers.note, w].filter(Boolean).join(',');
          const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: current.version, answers: { ...current.answers, note } } });
          if (res.status === 200) return;
          expect(res.status).toBe(409);
        }
        throw new Error(`${w} never won`);
      }),
    );
    const stored = (await h.api('GET', `/api/submissions/${id}`, { as: 'instb' })).body;
    expect(stored.answers.note.split(',').sort()).toEqual(writers);
    expect(stored.version).toBe(1 + writers.length);
  });

  it('scoring the same revision many times, even concurrently, stores one result and one score entry', async () => {
    const id = 'r1.inst-a.self';
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
    await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: current.version, answers: { beds: 20, hasIcu: true } } });
    const submitted = (await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: current.version + 1 } })).body;
    await h.local.queue.idle();
    expect(await resultItems()).toBe(1);

    const score = createScoreSubmission({ repos: h.local.repos, engine: createDefaultEngine(), clock: systemClock });
    const request = { submissionId: id, revision: submitted.revision, requestedBy: 'test', reason: 'submitted' as const };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => score(request)));
    expect(outcomes.every((o) => o.outcome === 'already-scored')).toBe(true);
    expect(await resultItems()).toBe(1);
    const stored = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
    expect(stored.audit.filter((a: { action: string }) => a.action === 'score')).toHaveLength(1);

    const stale = await score({ ...request, revision: submitted.revision + 1 });
    expect(stale.outcome).toBe('skipped');
    expect(await score({ ...request, submissionId: 'ghost' })).toEqual({ outcome: 'skipped' });
  });

  it('concurrent first deliveries of one scoring message produce a single result', async () => {
    const { id } = await draftFor(h, 'expert', 'inst-b', 'expert');
    await h.api('PUT', `/api/submissions/${id}`, { as: 'expert', body: { version: 1, answers: { beds: 1, hasIcu: true } } });
    const before = await resultItems();
    const submitted = (await h.api('POST', `/api/submissions/${id}/submit`, { as: 'expert', body: { version: 2 } })).body;
    const score = createScoreSubmission({ repos: h.local.repos, engine: createDefaultEngine(), clock: systemClock });
    const request = { submissionId: id, revision: submitted.revision, requestedBy: 'test', reason: 'submitted' as const };
    // The local queue's own delivery races these three, as SQS redeliveries would.
    const outcomes = await Promise.all([score(request), score(request), score(request)]);
    await h.local.queue.idle();
    expect(outcomes.filter((o) => o.outcome === 'scored').length).toBeLessThanOrEqual(1);
    expect(await resultItems()).toBe(before + 1);
    const stored = (await h.api('GET', `/api/submissions/${id}`, { as: 'expert' })).body;
    expect(stored.status).toBe('scored');
    expect(stored.audit.filter((a: { action: string }) => a.action === 'score')).toHaveLength(1);
  });

  it('parallel creates of the same submission or checklist version: exactly one 201, the rest 409', async () => {
    const creates = await Promise.all(Array.from({ length: 6 }, () => h.api('POST', '/api/submissions', { as: 'admin', body: { roundId: 'r1', institutionId: 'inst-a', kind: 'expert' } })));
    expect(creates.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const definition = (await h.api('GET', '/api/checklists/it-mini', { as: 'admin' })).body.definition;
    const publishes = await Promise.all(Array.from({ length: 4 }, () => h.api('POST', '/api/checklists', { as: 'admin', body: { ...definition, version: 5 } })));
    expect(publishes.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
  });
});
