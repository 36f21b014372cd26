import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import { createScoreSubmission } from '../../scoring-worker/score-submission.js';
import type { DomainError } from '../errors.js';
import { createChecklistService } from './checklist-service.js';
import { createEvidenceService } from './evidence-service.js';
import { CAST, miniChecklist, seedMiniRound } from './fixtures/mini-round.js';
import { engineEvidence } from './inherited-evidence.js';
import { createSubmissionService } from './submission-service.js';
import { createWorkflowService } from './workflow-service.js';

const { admin, expert, instA } = CAST;
const sha = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/**
 * Round r1 on a mini checklist whose ICU criterion requires evidence; inst-a's self-evaluation
 * (ICU present, its certificate uploaded and attached) submitted and scored.
 */
async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRound(deps);
  const strict = miniChecklist(2) as { criteria: { id: string; evidence?: { required: boolean } }[] };
  strict.criteria.find((c) => c.id === 'icu')!.evidence!.required = true;
  await createChecklistService(deps).publish(admin, strict);
  const round = (await deps.repos.rounds.get('r1'))!;
  await deps.repos.rounds.replace({ ...round, checklistVersion: 2, version: round.version + 1 }, round.version);
  const submissions = createSubmissionService(deps);
  const workflow = createWorkflowService(deps);
  const evidence = createEvidenceService(deps);
  const score = createScoreSubmission(deps);
  const draft = await submissions.create(instA, { roundId: 'r1', kind: 'self' });
  const content = '%PDF ICU certificate';
  const { upload, file } = await evidence.requestUpload(instA, draft.id, { criterionId: 'icu', fileName: 'ICU证明.pdf', contentType: 'application/pdf', size: content.length, sha256: sha(content) });
  await deps.evidence.upload(upload.key, content);
  const saved = await submissions.save(instA, draft.id, { version: draft.version, answers: { beds: 12, hasIcu: true }, evidence: { icu: [file] } });
  const self = await workflow.submit(instA, draft.id, saved.version);
  await score(deps.queue.take()[0]!);
  return { deps, submissions, workflow, evidence, score, self, file };
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: DomainError) => e.code);

describe("the self-evaluation's evidence in an on-site evaluation started from it", () => {
  it('is snapshotted at creation beside the expert\'s own (empty) evidence', async () => {
    const { submissions, self, file } = await setup();
    const onSite = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id });
    expect(onSite.evidence).toEqual({});
    expect(onSite.inheritedEvidence).toEqual({ submissionId: self.id, files: { icu: [file] } });
  });

  it('is not taken by an on-site evaluation started blank', async () => {
    const { submissions } = await setup();
    const blank = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert' });
    expect(blank.inheritedEvidence).toBeUndefined();
  });

  it("cannot be altered by the expert's saves: the institution's key is refused as own evidence, and own files leave the snapshot as it was", async () => {
    const { deps, submissions, evidence, self, file } = await setup();
    const onSite = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id });
    expect(await codeOf(submissions.save(expert, onSite.id, { version: onSite.version, evidence: { icu: [file] } }))).toBe('invalid-submission');
    // A JPEG by its first bytes: the content must be what the name says.
    const photo = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('jpg bytes')]);
    const mine = await evidence.requestUpload(expert, onSite.id, { criterionId: 'icu', fileName: '现场照片.jpg', contentType: 'image/jpeg', size: photo.length, sha256: sha(photo) });
    await deps.evidence.upload(mine.upload.key, photo);
    const saved = await submissions.save(expert, onSite.id, { version: onSite.version, evidence: { icu: [mine.file] } });
    expect(saved.evidence).toEqual({ icu: [mine.file] });
    expect(saved.inheritedEvidence).toEqual({ submissionId: self.id, files: { icu: [file] } });
    const cleared = await submissions.save(expert, onSite.id, { version: saved.version, evidence: {} });
    expect(cleared.inheritedEvidence).toEqual(onSite.inheritedEvidence);
    expect(engineEvidence(saved)).toEqual({ icu: [file, mine.file] });
  });

  it("counts when the expert's evaluation is scored: ICU met on the prefilled one, evidence-missing on a blank one with the same answers", async () => {
    const { deps, submissions, workflow, score, self } = await setup();
    const onSite = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id });
    const submitted = await workflow.submit(expert, onSite.id, onSite.version);
    await score(deps.queue.take()[0]!);
    const scored = await deps.repos.submissions.get(submitted.id);
    expect(scored!.score!.criteria.find((c) => c.id === 'icu')).toMatchObject({ status: 'met', points: 1 });
    expect((await workflow.result(expert, onSite.id)).criteria.find((c) => c.id === 'icu')!.reason).toBeUndefined();

    // The same answers without the institution's files: the rule the ruling changes.
    const blankDeps = await setup();
    const blank = await blankDeps.submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert' });
    const filled = await blankDeps.submissions.save(expert, blank.id, { version: blank.version, answers: { beds: 12, hasIcu: true } });
    await blankDeps.workflow.submit(expert, blank.id, filled.version);
    await blankDeps.score(blankDeps.deps.queue.take()[0]!);
    expect((await blankDeps.workflow.result(expert, blank.id)).criteria.find((c) => c.id === 'icu')).toMatchObject({ status: 'not-met', reason: 'evidence-missing' });
  });

  it('opens for the expert through the on-site evaluation, by index among the inherited files only', async () => {
    const { submissions, evidence, self } = await setup();
    const onSite = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id });
    expect(await evidence.requestDownload(expert, onSite.id, 'icu', '0', 'inherited')).toMatchObject({ name: 'ICU证明.pdf', contentType: 'application/pdf' });
    expect(await codeOf(evidence.requestDownload(expert, onSite.id, 'icu', '1', 'inherited'))).toBe('not-found');
    expect(await codeOf(evidence.requestDownload(expert, onSite.id, 'icu', '0'))).toBe('not-found');
    expect(await codeOf(evidence.requestDownload(CAST.instB, onSite.id, 'icu', '0', 'inherited'))).not.toBe('resolved');
  });

  it('at submit, drops a file the institution took off its returned self-evaluation: scoring says evidence missing, the audit names it', async () => {
    const { deps, submissions, workflow, score, self } = await setup();
    const onSite = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id });
    const scored = (await deps.repos.submissions.get(self.id))!;
    const returned = await workflow.returnToAuthor(expert, self.id, { version: scored.version, comment: '请核对' });
    await submissions.save(instA, self.id, { version: returned.version, evidence: {} });

    const submitted = await workflow.submit(expert, onSite.id, onSite.version);
    expect(submitted.inheritedEvidence).toBeUndefined();
    expect(submitted.audit.at(-1)!.changes).toMatchObject({ inheritedEvidenceMissing: [{ criterionId: 'icu', name: 'ICU证明.pdf' }] });
    await score(deps.queue.take()[0]!);
    expect((await workflow.result(expert, onSite.id)).criteria.find((c) => c.id === 'icu')).toMatchObject({ status: 'not-met', reason: 'evidence-missing' });
  });

  it('at submit, keeps the files the self-evaluation still attaches and records nothing missing', async () => {
    const { deps, submissions, workflow, self, file } = await setup();
    const onSite = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-a', kind: 'expert', prefillFrom: self.id });
    const submitted = await workflow.submit(expert, onSite.id, onSite.version);
    expect(submitted.inheritedEvidence).toEqual({ submissionId: self.id, files: { icu: [file] } });
    expect(submitted.audit.at(-1)!.changes).not.toHaveProperty('inheritedEvidenceMissing');
    expect((await deps.repos.submissions.get(onSite.id))!.inheritedEvidence).toEqual(submitted.inheritedEvidence);
  });

  it('refuses, before writing anything, to start from a self-evaluation whose evidence list leaves the expert no room (400, not a 413 later)', async () => {
    const { deps, submissions, evidence, workflow } = await setup();
    // inst-b's self-evaluation with 700 files on one criterion: about 330 KB of references.
    const draft = await submissions.create(CAST.instB, { roundId: 'r1', kind: 'self' });
    const files = [];
    for (let i = 0; i < 700; i++) {
      const content = `%PDF certificate ${i}`;
      const name = `${'重症监护室验收证明材料'.repeat(4)}-${i}.pdf`;
      const { upload, file } = await evidence.requestUpload(CAST.instB, draft.id, { criterionId: 'icu', fileName: name, contentType: 'application/pdf', size: content.length, sha256: sha(content) });
      await deps.evidence.upload(upload.key, content);
      files.push(file);
    }
    const saved = await submissions.save(CAST.instB, draft.id, { version: draft.version, answers: { beds: 12, hasIcu: true }, evidence: { icu: files } });
    expect(Buffer.byteLength(JSON.stringify(saved))).toBeGreaterThan(300 * 1024);
    const self = await workflow.submit(CAST.instB, draft.id, saved.version);
    const refused = await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-b', kind: 'expert', prefillFrom: self.id }).catch((e: DomainError) => e);
    expect(refused).toMatchObject({ code: 'invalid-reference', details: { issues: [{ path: '/prefillFrom', code: 'prefill-too-large', params: { max: 300 * 1024 } }] } });
    expect(await deps.repos.submissions.get('r1.inst-b.expert')).toBeUndefined();
    // Blank, the expert can still start.
    expect((await submissions.create(expert, { roundId: 'r1', institutionId: 'inst-b', kind: 'expert' })).id).toBe('r1.inst-b.expert');
  });
});
