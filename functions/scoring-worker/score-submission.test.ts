import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../adapters/local/in-memory-service-deps.js';
import type { Repositories, SubmissionRepository } from '../domain/ports/repositories.js';
import { CAST, seedMiniRound } from '../domain/services/fixtures/mini-round.js';
import { createSubmissionService } from '../domain/services/submission-service.js';
import { createWorkflowService } from '../domain/services/workflow-service.js';
import { createScoreSubmission, resultKey } from './score-submission.js';

const { admin, instA } = CAST;

/** inst-a's self-evaluation submitted (revision 1), its scoring request taken off the queue. */
async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRound(deps);
  const submissions = createSubmissionService(deps);
  const draft = await submissions.create(instA, { roundId: 'r1', kind: 'self' });
  const saved = await submissions.save(instA, draft.id, { version: 1, answers: { beds: 12, hasIcu: false } });
  const submitted = await createWorkflowService(deps).submit(instA, draft.id, saved.version);
  const [request] = deps.queue.take();
  const stored = async () => (await deps.repos.submissions.get(draft.id))!;
  return { deps, submitted, request: request!, stored, key: resultKey(1, 1, deps.engine.engineVersion) };
}

/** The repositories with the submission status write intercepted (a crash, a concurrent writer). */
function interceptReplace(repos: Repositories, replace: SubmissionRepository['replace']): Repositories {
  const s = repos.submissions;
  return {
    ...repos,
    submissions: {
      create: (item) => s.create(item),
      get: (id) => s.get(id),
      listByRound: (id) => s.listByRound(id),
      listDigestsByRound: (id) => s.listDigestsByRound(id),
      listByInstitution: (id) => s.listByInstitution(id),
      listByRegion: (id) => s.listByRegion(id),
      listSubmittedBefore: (cutoff) => s.listSubmittedBefore(cutoff),
      replace,
    },
  };
}

describe('scoring a submission', () => {
  it('writes the result once and moves the submission to scored; a redelivery writes nothing more', async () => {
    const { deps, request, stored, key } = await setup();
    const score = createScoreSubmission(deps);
    expect(await score(request)).toEqual({ outcome: 'scored' });
    const scored = await stored();
    expect(scored).toMatchObject({ status: 'scored', score: { revision: 1, resultKey: key } });
    // The trail says which checklist version scored it.
    expect(scored!.audit.at(-1)).toMatchObject({ action: 'score', changes: { status: ['submitted', 'scored'], checklistVersion: 1 } });
    expect(await score(request)).toEqual({ outcome: 'already-scored' });
    expect(await stored()).toEqual(scored);
  });

  it('after a crash between the two writes, the redelivery only moves the submission to scored', async () => {
    const { deps, request, stored, key } = await setup();
    let failStatusWrite = true;
    const crashing = interceptReplace(deps.repos, async (next, expected) => {
      if (failStatusWrite) throw new Error('process died');
      return deps.repos.submissions.replace(next, expected);
    });
    await expect(createScoreSubmission({ ...deps, repos: crashing })(request)).rejects.toThrow('process died');
    expect((await stored()).status).toBe('submitted');
    const first = await deps.repos.results.get(request.submissionId, key);
    expect(first).toBeDefined();
    failStatusWrite = false;
    expect(await createScoreSubmission({ ...deps, repos: crashing })(request)).toEqual({ outcome: 'already-scored' });
    expect(await stored()).toMatchObject({ status: 'scored', score: { resultKey: key, total: first!.total } });
  });

  it('a message for a revision that was returned meanwhile is skipped and leaves the return in place', async () => {
    const { deps, submitted, request, stored } = await setup();
    const returned = await createWorkflowService(deps).returnToAuthor(admin, submitted.id, { version: submitted.version, comment: '补充' });
    expect(await createScoreSubmission(deps)(request)).toEqual({ outcome: 'skipped' });
    expect(await stored()).toEqual(returned);
  });

  it('a return that lands between scoring and the status write wins: the submission stays returned', async () => {
    const { deps, submitted, request, stored } = await setup();
    const workflow = createWorkflowService(deps);
    let raced = false;
    const racing = interceptReplace(deps.repos, async (next, expected) => {
      if (!raced) {
        raced = true;
        await workflow.returnToAuthor(admin, submitted.id, { version: submitted.version, comment: '补充' });
      }
      return deps.repos.submissions.replace(next, expected);
    });
    expect(await createScoreSubmission({ ...deps, repos: racing })(request)).toEqual({ outcome: 'scored' });
    expect(await stored()).toMatchObject({ status: 'returned', comments: [{ text: '补充' }] });
    expect((await stored()).score).toBeUndefined();
  });
});
