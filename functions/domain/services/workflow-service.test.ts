import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import { createScoreSubmission } from '../../scoring-worker/score-submission.js';
import type { DomainError } from '../errors.js';
import { CAST, miniChecklist, seedMiniRound } from './fixtures/mini-round.js';
import { createChecklistService } from './checklist-service.js';
import { createRoundService } from './round-service.js';
import { createSubmissionService } from './submission-service.js';
import { createWorkflowService } from './workflow-service.js';

const { admin, expert, instA, instB } = CAST;

/** The mini round with inst-a's self-evaluation saved (12 beds, no ICU) and ready to submit. */
async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRound(deps);
  const submissions = createSubmissionService(deps);
  const workflow = createWorkflowService(deps);
  const draft = await submissions.create(instA, { roundId: 'r1', kind: 'self' });
  const saved = await submissions.save(instA, draft.id, { version: draft.version, answers: { beds: 12, hasIcu: false } });
  /** Delivers every queued scoring request to the scorer, as the queue's consumer would. */
  const score = async () => {
    const scorer = createScoreSubmission(deps);
    for (const request of deps.queue.take()) await scorer(request);
  };
  const stored = async (id = saved.id) => (await deps.repos.submissions.get(id))!;
  return { deps, submissions, workflow, saved, score, stored };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'resolved',
    (e: unknown) => (e as DomainError).code ?? String(e),
  );
}

describe('submitting', () => {
  it('moves a draft to submitted with a new revision, one audit entry and one scoring request', async () => {
    const { deps, workflow, saved, stored } = await setup();
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    expect(submitted).toMatchObject({ status: 'submitted', revision: 1, version: saved.version + 1, submittedAt: '2025-06-01T08:00:00.000Z' });
    expect(await stored()).toEqual(submitted);
    expect(submitted.audit.at(-1)).toMatchObject({ by: 'insta', action: 'submit', version: 3, changes: { status: ['draft', 'submitted'], revision: 1 } });
    expect(deps.queue.peek()).toEqual([{ submissionId: saved.id, revision: 1, requestedBy: 'insta', reason: 'submitted' }]);
  });

  it('an incomplete draft is refused with every problem and its path; nothing is written or queued', async () => {
    const { deps, submissions, workflow, stored } = await setup();
    const draft = await submissions.create(instB, { roundId: 'r1', kind: 'self' });
    const refused = await workflow.submit(instB, draft.id, draft.version).catch((e: DomainError) => e);
    expect(refused).toMatchObject({ code: 'invalid-submission', details: { issues: [expect.objectContaining({ path: '/answers/beds', code: 'answer-required' })] } });
    expect(await stored(draft.id)).toEqual(draft);
    expect(deps.queue.peek()).toEqual([]);
  });

  it('a stale version is a version conflict, and changes nothing', async () => {
    const { deps, workflow, saved, stored } = await setup();
    expect(await codeOf(workflow.submit(instA, saved.id, saved.version - 1))).toBe('version-conflict');
    expect(await stored()).toEqual(saved);
    expect(deps.queue.peek()).toEqual([]);
  });

  it('submitting the submitted, unscored revision again only re-queues it', async () => {
    const { deps, workflow, saved, stored } = await setup();
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    const again = await workflow.submit(instA, saved.id, submitted.version);
    expect(again).toEqual(submitted);
    expect(await stored()).toEqual(submitted);
    expect(deps.queue.peek().map((r) => r.revision)).toEqual([1, 1]);
  });

  it('when the queue is down the submission stays submitted and the caller gets a retryable scoring-delayed', async () => {
    const { deps, saved, stored } = await setup();
    const down = createWorkflowService({ ...deps, queue: { enqueue: async () => Promise.reject(new Error('SQS unavailable')) } });
    const refused = await down.submit(instA, saved.id, saved.version).catch((e: DomainError) => e);
    expect(refused).toMatchObject({ code: 'scoring-delayed', details: { status: 'submitted', version: 3, revision: 1 } });
    expect(await stored()).toMatchObject({ status: 'submitted', revision: 1, version: 3 });
    await createWorkflowService(deps).submit(instA, saved.id, 3);
    expect(deps.queue.peek()).toEqual([expect.objectContaining({ revision: 1, reason: 'submitted' })]);
  });

  it('a scored submission cannot be submitted again; a closed round accepts no submit', async () => {
    const { deps, submissions, workflow, saved, score } = await setup();
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    await score();
    expect(await codeOf(workflow.submit(instA, saved.id, submitted.version + 1))).toBe('invalid-state');

    const other = await submissions.create(instB, { roundId: 'r1', kind: 'self' });
    const filled = await submissions.save(instB, other.id, { version: 1, answers: { beds: 30 } });
    const round = (await deps.repos.rounds.get('r1'))!;
    const { id: _id, version, createdAt: _c, updatedAt: _u, audit: _a, ...fields } = round;
    await createRoundService(deps).update(admin, 'r1', version, { ...fields, status: 'closed' });
    expect(await codeOf(workflow.submit(instB, other.id, filled.version))).toBe('invalid-state');
  });

  it('only the author side submits: a draft is invisible to the round\'s expert and other institutions; a submitted one the expert may read but not submit', async () => {
    const { workflow, saved } = await setup();
    expect(await codeOf(workflow.submit(expert, saved.id, saved.version))).toBe('not-found');
    expect(await codeOf(workflow.submit(instB, saved.id, saved.version))).toBe('not-found');
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    expect(await codeOf(workflow.submit(expert, saved.id, submitted.version))).toBe('forbidden');
    expect(await codeOf(workflow.submit(instB, saved.id, submitted.version))).toBe('not-found');
  });
});

describe('scoring and results', () => {
  it('the queued request scores the revision; the result is read back with the submission\'s summary', async () => {
    const { workflow, saved, score, stored } = await setup();
    await workflow.submit(instA, saved.id, saved.version);
    expect(await codeOf(workflow.result(instA, saved.id))).toBe('not-scored');
    await score();
    const scored = await stored();
    expect(scored).toMatchObject({ status: 'scored', version: 4, score: { revision: 1, checklistVersion: 1, band: { id: 'pass' } } });
    expect(scored.audit.map((a) => a.action)).toEqual(['create', 'save', 'submit', 'score']);
    const result = await workflow.result(instA, saved.id);
    expect(result.total).toBeCloseTo(66.7, 1);
    expect(result.criteria.map((c) => [c.id, c.status])).toEqual([['beds', 'met'], ['icu', 'not-met']]);
  });
});

describe('returning and resubmitting', () => {
  it('the round\'s expert returns with a comment; the author edits and resubmits as revision 2', async () => {
    const { workflow, submissions, saved, score } = await setup();
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    await score();
    const returned = await workflow.returnToAuthor(expert, saved.id, { version: submitted.version + 1, comment: '请补充ICU证明', criterionId: 'icu' });
    expect(returned).toMatchObject({ status: 'returned', comments: [{ by: 'expert', text: '请补充ICU证明', criterionId: 'icu', at: '2025-06-01T08:00:00.000Z' }] });
    const edited = await submissions.save(instA, saved.id, { version: returned.version, answers: { beds: 12, hasIcu: true } });
    const resubmitted = await workflow.submit(instA, saved.id, edited.version);
    expect(resubmitted).toMatchObject({ status: 'submitted', revision: 2 });
    expect(resubmitted.audit.at(-1)?.action).toBe('resubmit');
    await score();
    expect((await workflow.result(instA, saved.id)).total).toBe(100);
  });

  it('who may return, and from which states: the institution may not, a draft cannot be, nor a returned one again', async () => {
    const { workflow, saved } = await setup();
    expect(await codeOf(workflow.returnToAuthor(admin, saved.id, { version: saved.version, comment: 'x' }))).toBe('invalid-state');
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    expect(await codeOf(workflow.returnToAuthor(instA, saved.id, { version: submitted.version, comment: 'x' }))).toBe('forbidden');
    expect(await codeOf(workflow.returnToAuthor(CAST.outsider, saved.id, { version: submitted.version, comment: 'x' }))).toBe('not-found');
    const returned = await workflow.returnToAuthor(admin, saved.id, { version: submitted.version, comment: 'x' });
    expect(await codeOf(workflow.returnToAuthor(admin, saved.id, { version: returned.version, comment: 'again' }))).toBe('invalid-state');
  });

  it('a comment on a criterion the checklist lacks is invalid-body; in a closed round nothing can be returned; neither writes', async () => {
    const { deps, workflow, saved, stored } = await setup();
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    expect(await workflow.returnToAuthor(admin, saved.id, { version: submitted.version, comment: '补充', criterionId: 'ghost' }).catch((e: DomainError) => e)).toMatchObject({
      code: 'invalid-body',
      details: { issues: [{ path: '/criterionId', code: 'unknown-criterion' }] },
    });
    const round = (await deps.repos.rounds.get('r1'))!;
    await deps.repos.rounds.replace({ ...round, status: 'closed', version: round.version + 1 }, round.version);
    expect(await codeOf(workflow.returnToAuthor(expert, saved.id, { version: submitted.version, comment: '补充' }))).toBe('invalid-state');
    expect(await stored()).toEqual(submitted);
  });
});

describe('re-scoring', () => {
  it('an admin re-scores a submitted submission (queued as a re-score); others may not; a draft cannot be', async () => {
    const { deps, workflow, saved, score, stored } = await setup();
    expect(await codeOf(workflow.rescore(admin, saved.id, { version: saved.version }))).toBe('invalid-state');
    const submitted = await workflow.submit(instA, saved.id, saved.version);
    await score();
    const scored = await stored();
    expect(await codeOf(workflow.rescore(instA, saved.id, { version: scored.version }))).toBe('forbidden');
    expect(await codeOf(workflow.rescore(expert, saved.id, { version: scored.version }))).toBe('forbidden');
    expect(await codeOf(workflow.rescore(admin, saved.id, { version: scored.version, checklistVersion: 9 }))).toBe('not-found');
    const again = await workflow.rescore(admin, saved.id, { version: scored.version });
    expect(again.audit.at(-1)).toMatchObject({ action: 'rescore', by: 'admin' });
    expect(deps.queue.peek()).toEqual([{ submissionId: saved.id, revision: submitted.revision, requestedBy: 'admin', reason: 'rescore' }]);
    await score();
    expect((await stored()).score?.resultKey).toBe(scored.score?.resultKey);
  });

  it('a round re-score onto a new checklist version moves the round first, re-scores the submitted and skips drafts', async () => {
    const { deps, submissions, workflow, saved, score, stored } = await setup();
    await workflow.submit(instA, saved.id, saved.version);
    await score();
    const draft = await submissions.create(instB, { roundId: 'r1', kind: 'self' });
    const stricter = miniChecklist(2) as { criteria: Record<string, unknown>[] };
    stricter.criteria[0] = { ...stricter.criteria[0], target: { op: '>=', value: 15 } };
    await createChecklistService(deps).publish(admin, stricter);

    expect(await codeOf(workflow.rescoreRound(expert, 'r1', 2))).toBe('forbidden');
    const outcome = await workflow.rescoreRound(admin, 'r1', 2);
    expect(outcome).toEqual({ queued: [saved.id], skipped: [{ id: draft.id, reason: 'draft' }] });
    expect((await deps.repos.rounds.get('r1'))?.checklistVersion).toBe(2);
    await score();
    expect((await stored()).score).toMatchObject({ checklistVersion: 2, revision: 1, band: { id: 'fail' } });
    expect((await stored(draft.id)).checklistVersion).toBe(1);
    expect(await codeOf(workflow.rescoreRound(admin, 'r1', 9))).toBe('not-found');
  });
});
