import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import type { DomainError } from '../errors.js';
import { createChecklistService } from './checklist-service.js';
import { CAST, miniChecklist, seedMiniRound } from './fixtures/mini-round.js';
import { createSubmissionService } from './submission-service.js';
import { createWorkflowService } from './workflow-service.js';

const { admin, expert, instA } = CAST;

/** inst-a's self-evaluation of r1, submitted (the in-memory queue does not score it: status submitted). */
async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRound(deps);
  const submissions = createSubmissionService(deps);
  const workflow = createWorkflowService(deps);
  const draft = await submissions.create(instA, { roundId: 'r1', kind: 'self' });
  const saved = await submissions.save(instA, draft.id, { version: draft.version, answers: { beds: 12, hasIcu: true } });
  const self = await workflow.submit(instA, draft.id, saved.version);
  return { deps, submissions, workflow, self };
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: DomainError) => e.code);

describe('an on-site evaluation prefilled from the self-evaluation', () => {
  it('copies the answers, records the source revision, and later edits leave the self-evaluation alone', async () => {
    const { deps, submissions, self } = await setup();
    const onSite = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id });
    expect(onSite).toMatchObject({ answers: { beds: 12, hasIcu: true }, evidence: {}, prefilledFrom: { submissionId: self.id, revision: 1 } });
    await submissions.save(expert, onSite.id, { version: onSite.version, answers: { beds: 8, hasIcu: true } });
    expect((await deps.repos.submissions.get(self.id))!.answers).toEqual({ beds: 12, hasIcu: true });
  });

  it('refuses a self-evaluation returned to the institution (it is being edited) with 409', async () => {
    const { submissions, workflow, self } = await setup();
    await workflow.returnToAuthor(expert, self.id, { version: self.version, comments: { beds: '请核对' } });
    expect(await codeOf(submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id }))).toBe('invalid-state');
  });

  it('refuses answers made with another checklist version than the round now uses (409), and nothing is created', async () => {
    const { deps, submissions, self } = await setup();
    await createChecklistService(deps).publish(admin, miniChecklist(2));
    // The round moves to version 2; the self-evaluation was made with version 1.
    const round = (await deps.repos.rounds.get('r1'))!;
    await deps.repos.rounds.replace({ ...round, checklistVersion: 2, version: round.version + 1 }, round.version);
    expect(await codeOf(submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id }))).toBe('invalid-state');
    expect(await deps.repos.submissions.get('r1.inst-a.expert')).toBeUndefined();
  });
});
