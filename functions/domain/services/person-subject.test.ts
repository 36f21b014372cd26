import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import { createScoreSubmission } from '../../scoring-worker/score-submission.js';
import type { DomainError } from '../errors.js';
import { CAST } from './fixtures/mini-round.js';
import { createChecklistService } from './checklist-service.js';
import { createDirectoryService } from './directory-service.js';
import { createRoundService } from './round-service.js';
import { createSubmissionService } from './submission-service.js';
import { createWorkflowService } from './workflow-service.js';

/**
 * A `person` checklist (the talent-eligibility one in forms/) is run as forms/README.md decides:
 * its round lists the nominating institutions, the institution fills the candidate's details as
 * answers, and the application's context (the programme applied for) is an administrator's to set.
 */
const { admin, instA } = CAST;

async function setup() {
  const deps = createInMemoryServiceDeps();
  const definition = JSON.parse(await readFile(new URL('../../../forms/linfen-talent-2020/checklist.json', import.meta.url), 'utf8'));
  const published = await createChecklistService(deps).publish(admin, definition);
  const directory = createDirectoryService(deps);
  await directory.createRegion(admin, { id: 'reg', name: { zh: '某市' }, level: 'city' });
  await directory.createInstitution(admin, { id: 'inst-a', name: { zh: '某医院' }, regionId: 'reg' });
  const round = { id: 'talent', name: { zh: '人才遴选' }, checklistId: published.id, checklistVersion: published.version, type: 'baseline' as const, year: 2021, expertIds: [] };
  return { deps, published, round, rounds: createRoundService(deps), submissions: createSubmissionService(deps), workflow: createWorkflowService(deps) };
}

describe('person subject: a candidate evaluated within the nominating institution\'s submission', () => {
  it('the summary says person; the round lists institutions and refuses regions', async () => {
    const { published, round, rounds } = await setup();
    expect(published.subject).toBe('person');
    const refused = await rounds.create(admin, { ...round, institutionIds: [], regionIds: ['reg'] }).catch((e: DomainError) => e);
    expect((refused as DomainError).details).toMatchObject({ issues: [{ path: '/regionIds', code: 'wrong-participant' }, { path: '/institutionIds', code: 'no-participants' }] });
    expect((await rounds.create(admin, { ...round, institutionIds: ['inst-a'] })).institutionIds).toEqual(['inst-a']);
  });

  it("the institution enters the candidate; submitting waits for the administrator's programme; the candidate is then graded", async () => {
    const { deps, round, rounds, submissions, workflow } = await setup();
    await rounds.create(admin, { ...round, institutionIds: ['inst-a'] });
    const draft = await submissions.create(instA, { roundId: 'talent', kind: 'self' });
    const saved = await submissions.save(instA, draft.id, { version: draft.version, answers: { candidate: { age: 51, title: 'senior', coveredDepartment: true, nominated: true } } });
    const early = await workflow.submit(instA, saved.id, saved.version).catch((e: DomainError) => e);
    expect((early as DomainError).details).toMatchObject({ issues: [{ path: '/context/programme', code: 'context-required' }] });
    const withProgramme = await submissions.save(admin, saved.id, { version: saved.version, context: { programme: 'leader' } });
    await workflow.submit(instA, withProgramme.id, withProgramme.version);
    const scorer = createScoreSubmission(deps);
    for (const request of deps.queue.take()) await scorer(request);
    const result = await workflow.result(instA, draft.id);
    expect(result.vetoHits).toEqual(['age']);
    expect(result.band?.id).toBe('ineligible');
  });
});
