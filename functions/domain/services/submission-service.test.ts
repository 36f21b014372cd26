import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import type { DomainError } from '../errors.js';
import { CAST, seedMiniRound } from './fixtures/mini-round.js';
import { createEvidenceService } from './evidence-service.js';
import { createSubmissionService } from './submission-service.js';
import { createWorkflowService } from './workflow-service.js';

const { admin, expert, instA, instB, instC } = CAST;

async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRound(deps);
  const submissions = createSubmissionService(deps);
  const draft = await submissions.create(instA, { roundId: 'r1', kind: 'self' });
  const stored = async (id = draft.id) => deps.repos.submissions.get(id);
  return { deps, submissions, draft, stored };
}

async function failure(p: Promise<unknown>): Promise<{ code: string; issues?: { path: string; code: string }[] }> {
  return p.then(
    () => ({ code: 'resolved' }),
    (e: DomainError) => ({ code: e.code, ...(e.details && typeof e.details === 'object' && 'issues' in e.details ? { issues: (e.details as { issues: { path: string; code: string }[] }).issues.map(({ path, code }) => ({ path, code })) } : {}) }),
  );
}

describe('starting a submission', () => {
  it('a draft with a derived id, the context the checklist declares copied from the institution, and year and round from the round', async () => {
    const { draft, stored } = await setup();
    expect(draft).toMatchObject({ id: 'r1.inst-a.self', status: 'draft', version: 1, revision: 0, checklistId: 'mini', checklistVersion: 1, createdBy: 'insta' });
    expect(draft.context).toEqual({ institutionType: 'general', year: 2025, round: 'annual' });
    expect(draft.audit).toEqual([{ at: '2025-06-01T08:00:00.000Z', by: 'insta', action: 'create', version: 1, changes: { status: 'draft' } }]);
    expect(await stored()).toEqual(draft);
  });

  it('one per round, institution and kind: a second start is already-exists', async () => {
    const { submissions } = await setup();
    expect(await failure(submissions.create(instA, { roundId: 'r1', kind: 'self' }))).toEqual({ code: 'already-exists' });
    expect(await failure(submissions.create(admin, { roundId: 'r1', institutionId: 'inst-a', kind: 'self' }))).toEqual({ code: 'already-exists' });
  });

  it('who may start what: not another institution\'s, not outside the round, not an institution\'s expert evaluation', async () => {
    const { submissions } = await setup();
    expect(await failure(submissions.create(instB, { roundId: 'r1', institutionId: 'inst-a', kind: 'self' }))).toEqual({ code: 'forbidden' });
    expect(await failure(submissions.create(instA, { roundId: 'r1', kind: 'expert' }))).toEqual({ code: 'forbidden' });
    expect(await failure(submissions.create(instC, { roundId: 'r1', kind: 'self' }))).toEqual({ code: 'not-found' });
    expect(await failure(submissions.create(admin, { roundId: 'r1', institutionId: 'inst-c', kind: 'self' }))).toEqual({ code: 'validation-failed', issues: [{ path: '/institutionId', code: 'not-in-round' }] });
    expect(await failure(submissions.create(admin, { roundId: 'r1', kind: 'self' }))).toEqual({ code: 'validation-failed', issues: [{ path: '/institutionId', code: 'required' }] });
    expect((await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert' })).id).toBe('r1.inst-a.expert');
  });
});

describe('saving a draft', () => {
  it('saves answers (required ones may wait for submit), bumps the version and audits the changed keys and answers', async () => {
    const { submissions, draft, stored } = await setup();
    const saved = await submissions.save(instA, draft.id, { version: 1, answers: { hasIcu: true } });
    expect(saved).toMatchObject({ version: 2, answers: { hasIcu: true } });
    expect(saved.audit.at(-1)).toEqual({ at: '2025-06-01T08:00:00.000Z', by: 'insta', action: 'save', version: 2, changes: { keys: ['answers'], fields: [{ path: 'hasIcu', to: true }] } });
    expect(await stored()).toEqual(saved);
  });

  it("a session's saves keep each answer's first old value and last new one, and the files attached by name, in the same write", async () => {
    const { deps, submissions, draft, stored } = await setup();
    const first = await submissions.save(instA, draft.id, { version: 1, answers: { beds: 10, note: '旧' } });
    const { file } = await createEvidenceService(deps).requestUpload(instA, draft.id, { criterionId: 'icu', fileName: 'ICU证明.pdf', contentType: 'application/pdf', size: 3, sha256: 'a'.repeat(64) });
    const second = await submissions.save(instA, draft.id, { version: first.version, answers: { beds: 12, note: '旧', hasIcu: false }, evidence: { icu: [file] } });
    const third = await submissions.save(instA, draft.id, { version: second.version, answers: { beds: 14, hasIcu: false }, evidence: { icu: [file] } });
    expect(third.audit.map((a) => a.action)).toEqual(['create', 'save']);
    expect(third.audit.at(-1)!.changes).toEqual({
      keys: ['answers', 'evidence'],
      saves: 3,
      since: '2025-06-01T08:00:00.000Z',
      fields: [{ path: 'beds', to: 14 }, { path: 'hasIcu', to: false }],
      evidence: [{ criterionId: 'icu', added: ['ICU证明.pdf'] }],
    });
    // The note typed and cleared within the session is no change to report; the stored item is the one written.
    expect(await stored()).toEqual(third);
  });

  it('answers and context of the wrong shape are refused with their paths, and nothing is written', async () => {
    const { submissions, draft, stored } = await setup();
    const refused = await failure(submissions.save(instA, draft.id, { version: 1, answers: { beds: 'many', extra: 1 }, context: { institutionType: 'hospital' } }));
    expect(refused.code).toBe('invalid-submission');
    expect(refused.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['/answers/beds', '/context/institutionType']));
    expect(await stored()).toEqual(draft);
  });

  it('a stale version is version-conflict and writes nothing', async () => {
    const { submissions, draft, stored } = await setup();
    const saved = await submissions.save(instA, draft.id, { version: 1, answers: { beds: 3 } });
    expect(await failure(submissions.save(instA, draft.id, { version: 1, answers: { beds: 4 } }))).toEqual({ code: 'version-conflict' });
    expect(await stored()).toEqual(saved);
  });

  it('context: the author may set only participant-declared fields, an admin the others, nobody year or round', async () => {
    const { submissions, draft } = await setup();
    expect(await failure(submissions.save(instA, draft.id, { version: 1, context: { institutionType: 'tcm' } }))).toEqual({ code: 'invalid-submission', issues: [{ path: '/context/institutionType', code: 'context-fixed' }] });
    expect(await failure(submissions.save(admin, draft.id, { version: 1, context: { year: 2024 } }))).toEqual({ code: 'invalid-submission', issues: [{ path: '/context/year', code: 'context-fixed' }] });
    const own = await submissions.save(instA, draft.id, { version: 1, context: { staffBeds: 120, institutionType: 'general' } });
    expect(own.context).toEqual({ institutionType: 'general', staffBeds: 120, year: 2025, round: 'annual' });
    const byAdmin = await submissions.save(admin, draft.id, { version: 2, context: { institutionType: 'tcm' } });
    expect(byAdmin.context.institutionType).toBe('tcm');
  });

  it('a submitted submission cannot be edited until it is returned', async () => {
    const { deps, submissions, draft } = await setup();
    const saved = await submissions.save(instA, draft.id, { version: 1, answers: { beds: 12 } });
    const submitted = await createWorkflowService(deps).submit(instA, draft.id, saved.version);
    expect(await failure(submissions.save(instA, draft.id, { version: submitted.version, answers: { beds: 1 } }))).toEqual({ code: 'invalid-state' });
  });

  it('evidence: only a file uploaded under a key issued for this submission is attached, and submit checks the stored bytes', async () => {
    const { deps, submissions, draft } = await setup();
    const content = '%PDF icu';
    const sha256 = createHash('sha256').update(content).digest('hex');
    const { upload, file } = await createEvidenceService(deps).requestUpload(instA, draft.id, { criterionId: 'icu', fileName: 'ICU证明.pdf', contentType: 'application/pdf', size: content.length, sha256 });
    const foreign = { ...file, key: file.key.replace('r1.inst-a.self', 'r1.inst-b.self') };
    expect(await failure(submissions.save(instA, draft.id, { version: 1, evidence: { icu: [foreign] } }))).toEqual({ code: 'invalid-submission', issues: [{ path: '/evidence/icu/0/key', code: 'foreign-key' }] });
    const saved = await submissions.save(instA, draft.id, { version: 1, answers: { beds: 12, hasIcu: true }, evidence: { icu: [file] } });
    const workflow = createWorkflowService(deps);
    expect(await failure(workflow.submit(instA, draft.id, saved.version))).toEqual({ code: 'invalid-submission', issues: [{ path: '/evidence/icu/0', code: 'evidence-not-uploaded' }] });
    await deps.evidence.upload(upload.key, content);
    expect((await workflow.submit(instA, draft.id, saved.version)).status).toBe('submitted');
  });
});

describe('listing submissions', () => {
  it('an institution sees its own; the round\'s expert sees no institution\'s draft; an admin sees every one', async () => {
    const { deps, submissions, draft } = await setup();
    await submissions.create(instB, { roundId: 'r1', kind: 'self' });
    const ids = (list: { id: string }[]) => list.map((s) => s.id);
    expect(ids(await submissions.list(admin, { roundId: 'r1' }))).toEqual(['r1.inst-a.self', 'r1.inst-b.self']);
    expect(ids(await submissions.list(instA, {}))).toEqual(['r1.inst-a.self']);
    expect(ids(await submissions.list(instB, { roundId: 'r1' }))).toEqual(['r1.inst-b.self']);
    expect(ids(await submissions.list(expert, { roundId: 'r1' }))).toEqual([]);
    expect(await failure(submissions.list(instB, { institutionId: 'inst-a' }))).toEqual({ code: 'forbidden' });
    const saved = await submissions.save(instA, draft.id, { version: 1, answers: { beds: 12 } });
    await createWorkflowService(deps).submit(instA, draft.id, saved.version);
    expect(ids(await submissions.list(expert, { roundId: 'r1' }))).toEqual(['r1.inst-a.self']);
  });
});
