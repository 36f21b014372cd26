import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import { createScoreSubmission } from '../../scoring-worker/score-submission.js';
import type { DomainError } from '../errors.js';
import { CAST, miniChecklist } from './fixtures/mini-round.js';
import { COMMISSIONS, seedMiniRegionRound } from './fixtures/mini-region-round.js';
import { createChecklistService } from './checklist-service.js';
import { createDirectoryService } from './directory-service.js';
import { createRoundResultsService } from './round-results-service.js';
import { createRoundService } from './round-service.js';
import { createSubmissionService } from './submission-service.js';
import { createWorkflowService } from './workflow-service.js';

const { admin, expert, instA } = CAST;
const { east, west, city, far } = COMMISSIONS;

async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRegionRound(deps);
  const submissions = createSubmissionService(deps);
  const workflow = createWorkflowService(deps);
  const score = async () => {
    const scorer = createScoreSubmission(deps);
    for (const request of deps.queue.take()) await scorer(request);
  };
  return { deps, submissions, workflow, score, rounds: createRoundService(deps), results: createRoundResultsService(deps) };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 'resolved' }),
    (e: DomainError) => ({ code: e.code, issues: ((e.details as { issues?: { path: string; code: string }[] })?.issues ?? []).map(({ path, code }) => ({ path, code })) }),
  );

describe('region rounds', () => {
  it("a region checklist's round takes existing regions, never institutions; an institution checklist's never regions", async () => {
    const { rounds } = await setup();
    const base = { name: { zh: '轮' }, checklistVersion: 1, type: 'final' as const, year: 2026, expertIds: [] };
    expect(await failure(rounds.create(admin, { ...base, id: 'x1', checklistId: 'mini-region', institutionIds: ['east-h'], regionIds: ['east', 'ghost'] }))).toEqual({
      code: 'invalid-reference',
      issues: [
        { path: '/institutionIds', code: 'wrong-participant' },
        { path: '/regionIds/1', code: 'unknown-region' },
      ],
    });
    const { deps } = await setup();
    await createChecklistService(deps).publish(admin, miniChecklist());
    expect(await failure(createRoundService(deps).create(admin, { ...base, id: 'x2', checklistId: 'mini', institutionIds: ['east-h'], regionIds: ['east'] }))).toEqual({
      code: 'invalid-reference',
      issues: [{ path: '/regionIds', code: 'wrong-participant' }],
    });
    expect(await deps.repos.rounds.get('x2')).toBeUndefined();
  });

  it("a commission fills its own region's evaluation with the region's context, submits it, and it is scored", async () => {
    const { submissions, workflow, score } = await setup();
    const draft = await submissions.create(east, { roundId: 'rr', kind: 'self' });
    expect(draft).toMatchObject({ id: 'rr.east.self', regionId: 'east', context: { population: 50, year: 2025, round: 'annual' } });
    expect(draft.institutionId).toBeUndefined();
    expect(draft.context).not.toHaveProperty('unrelated');
    const saved = await submissions.save(east, draft.id, { version: draft.version, answers: { beds: 12, hasIcu: true } });
    await workflow.submit(east, saved.id, saved.version);
    await score();
    const scored = await submissions.get(east, draft.id);
    expect(scored.status).toBe('scored');
    expect(scored.score).toMatchObject({ total: 100, band: { id: 'pass' } });
    expect((await workflow.result(east, draft.id)).total).toBe(100);
  });

  it('a region record without the population the checklist needs: submitting says the region record is where it is set', async () => {
    const { deps, submissions, workflow } = await setup();
    const west = (await deps.repos.regions.get('west'))!;
    await createDirectoryService(deps).updateRegion(admin, 'west', west.version, { name: west.name, level: west.level, parentId: west.parentId, context: {} });
    const draft = await submissions.create(COMMISSIONS.west, { roundId: 'rr', kind: 'self' });
    const saved = await submissions.save(COMMISSIONS.west, draft.id, { version: draft.version, answers: { beds: 12, hasIcu: true } });
    const refused = await workflow.submit(COMMISSIONS.west, saved.id, saved.version).catch((e: DomainError) => e);
    const issues = ((refused as DomainError).details as { issues: { path: string; message: string }[] }).issues;
    expect(issues.find((i) => i.path === '/context/population')?.message).toContain('an administrator sets it in the region record');
  });

  it("no commission starts another region's evaluation, nor one for a region under it; an institution cannot either", async () => {
    const { submissions } = await setup();
    expect((await failure(submissions.create(west, { roundId: 'rr', regionId: 'east', kind: 'self' }))).code).toBe('forbidden');
    expect((await failure(submissions.create(city, { roundId: 'rr', regionId: 'east', kind: 'self' }))).code).toBe('forbidden');
    expect((await failure(submissions.create(far, { roundId: 'rr', kind: 'self' }))).code).toBe('not-found');
    expect((await failure(submissions.create(instA, { roundId: 'rr', kind: 'self' }))).code).toBe('not-found');
    expect(await failure(submissions.create(admin, { roundId: 'rr', institutionId: 'east-h', kind: 'self' }))).toEqual({ code: 'validation-failed', issues: [{ path: '/institutionId', code: 'wrong-participant' }] });
    expect(await failure(submissions.create(city, { roundId: 'rr', kind: 'self' }))).toEqual({ code: 'validation-failed', issues: [{ path: '/regionId', code: 'not-in-round' }] });
    // An admin may start it on the region's behalf; an expert an on-site one.
    expect((await submissions.create(admin, { roundId: 'rr', regionId: 'west', kind: 'self' })).id).toBe('rr.west.self');
    expect((await submissions.create(expert, { roundId: 'rr', regionId: 'west', kind: 'expert' })).id).toBe('rr.west.expert');
  });

  it('a draft is its author\'s; once submitted the city above sees it, a sibling county and a commission elsewhere get 404', async () => {
    const { submissions, workflow, score } = await setup();
    const draft = await submissions.create(east, { roundId: 'rr', kind: 'self' });
    expect((await failure(submissions.get(city, draft.id))).code).toBe('not-found');
    const saved = await submissions.save(east, draft.id, { version: draft.version, answers: { beds: 3, hasIcu: false } });
    await workflow.submit(east, saved.id, saved.version);
    await score();
    expect((await submissions.get(city, draft.id)).status).toBe('scored');
    expect((await failure(submissions.get(west, draft.id))).code).toBe('not-found');
    expect((await failure(submissions.get(far, draft.id))).code).toBe('not-found');
    expect((await failure(submissions.save(city, draft.id, { version: 99 }))).code).toBe('forbidden');
    expect((await submissions.list(east, {})).map((s) => s.id)).toEqual(['rr.east.self']);
    expect((await submissions.list(city, { regionId: 'east' })).map((s) => s.id)).toEqual(['rr.east.self']);
    expect((await failure(submissions.list(west, { regionId: 'east' }))).code).toBe('forbidden');
    expect((await submissions.list(west, { roundId: 'rr' })).map((s) => s.id)).toEqual([]);
  });

  it('results compare the regions with their names and city; a county commission sees its own row only; the round carries its deadline', async () => {
    const { submissions, workflow, score, results, rounds } = await setup();
    for (const [p, beds] of [[east, 12], [west, 3]] as const) {
      const draft = await submissions.create(p, { roundId: 'rr', kind: 'self' });
      const saved = await submissions.save(p, draft.id, { version: draft.version, answers: { beds, hasIcu: true } });
      await workflow.submit(p, saved.id, saved.version);
    }
    await score();
    const all = await results.forRound(admin, 'rr');
    expect(all.participants).toBe('region');
    expect(all.institutions).toEqual([]);
    expect(all.regions.map((r) => [r.regionId, r.name.zh, r.parent?.name.zh, r.self?.total])).toEqual([
      ['east', '东县', '某市', 100],
      ['west', '西县', '某市', 33.3],
    ]);
    expect(all.criteria.find((c) => c.id === 'beds')?.self).toEqual({ met: 1, 'not-met': 1 });
    expect((await results.forRound(city, 'rr')).regions.map((r) => r.regionId)).toEqual(['east', 'west']);
    const own = await results.forRound(east, 'rr');
    expect(own.regions.map((r) => r.regionId)).toEqual(['east']);
    expect(own.criteria.find((c) => c.id === 'beds')?.self).toEqual({ met: 1 });
    expect((await failure(results.forRound(far, 'rr'))).code).toBe('not-found');
    expect(await rounds.get(east, 'rr')).toMatchObject({ deadline: '2025-12-31', regionIds: ['east'] });
    expect((await rounds.list(far)).map((r) => r.id)).toEqual([]);
  });
});
