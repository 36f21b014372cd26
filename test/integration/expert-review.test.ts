import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUND_ID, startHarness, type Harness, type Who } from './harness.js';

/**
 * The expert's path through the API: an on-site evaluation started from the institution's
 * submitted self-evaluation (or empty), notes per criterion, a return with per-item comments, and
 * the round's self vs expert comparison with who may see it.
 */
let h: Harness;
const selfA = `${ROUND_ID}.inst-a.self`;
const expertA = `${ROUND_ID}.inst-a.expert`;
const selfB = `${ROUND_ID}.inst-b.self`;

const ICU_BYTES = 'ICU 验收 %PDF-1.7';

/** Uploads `bytes` as the ICU criterion's evidence of submission `id`; the file reference to attach. */
async function uploadIcu(who: Who, id: string, fileName: string, bytes: string | Uint8Array, contentType = 'application/pdf') {
  const size = typeof bytes === 'string' ? new TextEncoder().encode(bytes).byteLength : bytes.byteLength;
  const ticket = await h.api('POST', `/api/submissions/${id}/evidence`, { as: who, body: { criterionId: 'icu', fileName, contentType, size, sha256: createHash('sha256').update(bytes).digest('hex') } });
  expect(ticket.status).toBe(201);
  const url = new URL(ticket.body.upload.url);
  expect((await h.api('PUT', url.pathname + url.search, { headers: { 'content-type': contentType }, raw: bytes as BodyInit })).status).toBe(204);
  return ticket.body.file as { key: string; name: string };
}

async function submitSelf(who: Who, institutionId: string, answers: Record<string, unknown>, icuFile?: string) {
  const draft = await h.api('POST', '/api/submissions', { as: who, body: { roundId: ROUND_ID, kind: 'self' } });
  expect(draft.status).toBe(201);
  const evidence = icuFile ? { icu: [await uploadIcu(who, draft.body.id, icuFile, ICU_BYTES)] } : undefined;
  const saved = await h.api('PUT', `/api/submissions/${draft.body.id}`, { as: who, body: { version: draft.body.version, answers, ...(evidence ? { evidence } : {}) } });
  expect(saved.status).toBe(200);
  const submitted = await h.api('POST', `/api/submissions/${draft.body.id}/submit`, { as: who, body: { version: saved.body.version } });
  expect(submitted.status).toBe(202);
  await h.local.queue.idle();
  expect(institutionId).toBe(draft.body.institutionId);
}

beforeAll(async () => {
  h = await startHarness();
  await submitSelf('insta', 'inst-a', { beds: 12, hasIcu: true }, 'ICU验收.pdf');
});
afterAll(() => h?.close());

describe('an on-site evaluation starts from a choice', () => {
  it('refuses a prefill that is not the institution\'s submitted self-evaluation of the round', async () => {
    const start = (body: Record<string, unknown>, as: Who = 'expert') => h.api('POST', '/api/submissions', { as, body: { roundId: ROUND_ID, kind: 'expert', ...body } });
    const other = await start({ institutionId: 'inst-b', prefillFrom: selfA });
    expect(other.status).toBe(400);
    expect(other.body.error).toMatchObject({ code: 'invalid-reference', details: { issues: [{ path: '/prefillFrom', code: 'not-the-self-evaluation' }] } });
    const missing = await start({ institutionId: 'inst-b', prefillFrom: selfB });
    expect(missing.status).toBe(400);
    const selfKind = await h.api('POST', '/api/submissions', { as: 'instb', body: { roundId: ROUND_ID, kind: 'self', prefillFrom: selfA } });
    expect(selfKind.status).toBe(400);
    expect(selfKind.body.error.details.issues[0].code).toBe('prefill-expert-only');
    // Nothing was created by the refused starts.
    expect((await h.api('GET', `/api/submissions/${ROUND_ID}.inst-b.expert`, { as: 'expert' })).status).toBe(404);
  });

  it('refuses a draft self-evaluation as a starting point (409), and starts empty without prefillFrom', async () => {
    const draft = await h.api('POST', '/api/submissions', { as: 'instb', body: { roundId: ROUND_ID, kind: 'self' } });
    expect(draft.status).toBe(201);
    await h.api('PUT', `/api/submissions/${selfB}`, { as: 'instb', body: { version: 1, answers: { beds: 3 } } });
    const fromDraft = await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: ROUND_ID, institutionId: 'inst-b', kind: 'expert', prefillFrom: selfB } });
    expect(fromDraft.status).toBe(409);
    expect(fromDraft.body.error.code).toBe('invalid-state');
    const empty = await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: ROUND_ID, institutionId: 'inst-b', kind: 'expert' } });
    expect(empty.status).toBe(201);
    expect(empty.body.answers).toEqual({});
    expect(empty.body.prefilledFrom).toBeUndefined();
  });

  it("copies the submitted answers, takes the institution's evidence as inherited (its files stay the self-evaluation's) and records where they came from", async () => {
    const res = await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: ROUND_ID, institutionId: 'inst-a', kind: 'expert', prefillFrom: selfA } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expertA, kind: 'expert', status: 'draft', answers: { beds: 12, hasIcu: true }, evidence: {}, prefilledFrom: { submissionId: selfA, revision: 1 } });
    expect(res.body.inheritedEvidence).toMatchObject({ submissionId: selfA, files: { icu: [{ name: 'ICU验收.pdf' }] } });
    expect(res.body.inheritedEvidence.files.icu[0].key).toMatch(new RegExp(`^evidence/${selfA}/icu/`));
    expect(res.body.audit[0].changes).toMatchObject({ prefillFrom: selfA, prefillRevision: 1 });
    // The institution's own submission is untouched.
    expect((await h.api('GET', `/api/submissions/${selfA}`, { as: 'insta' })).body.status).toBe('scored');
  });

  it("lets the expert open the institution's file through the on-site evaluation, never write it: saves cannot set or reuse it, own files sit beside it", async () => {
    const onSite = (await h.api('GET', `/api/submissions/${expertA}`, { as: 'expert' })).body;
    const ticket = await h.api('GET', `/api/submissions/${expertA}/inherited-evidence/icu/0`, { as: 'expert' });
    expect(ticket.status).toBe(200);
    expect(ticket.body).toMatchObject({ name: 'ICU验收.pdf', contentType: 'application/pdf' });
    const url = new URL(ticket.body.url);
    expect((await h.api('GET', url.pathname + url.search)).text).toBe(ICU_BYTES);
    expect((await h.api('GET', `/api/submissions/${expertA}/inherited-evidence/icu/1`, { as: 'expert' })).status).toBe(404);
    expect((await h.api('GET', `/api/submissions/${expertA}/inherited-evidence/icu/0`, { as: 'instb' })).status).toBe(404);

    const inherited = onSite.inheritedEvidence;
    const setIt = await h.api('PUT', `/api/submissions/${expertA}`, { as: 'expert', body: { version: onSite.version, inheritedEvidence: { submissionId: selfA, files: {} } } });
    expect(setIt.status).toBe(400);
    const reuse = await h.api('PUT', `/api/submissions/${expertA}`, { as: 'expert', body: { version: onSite.version, evidence: { icu: inherited.files.icu } } });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error.details.issues[0]).toMatchObject({ path: '/evidence/icu/0/key', code: 'foreign-key' });

    const photo = await uploadIcu('expert', expertA, '现场.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('jpeg bytes')]), 'image/jpeg');
    const saved = await h.api('PUT', `/api/submissions/${expertA}`, { as: 'expert', body: { version: onSite.version, evidence: { icu: [photo] } } });
    expect(saved.status).toBe(200);
    const after = (await h.api('GET', `/api/submissions/${expertA}`, { as: 'expert' })).body;
    expect(after.evidence.icu.map((f: { name: string }) => f.name)).toEqual(['现场.jpg']);
    expect(after.inheritedEvidence).toEqual(inherited);
    // The institution's self-evaluation still lists only its own file.
    expect((await h.api('GET', `/api/submissions/${selfA}`, { as: 'insta' })).body.evidence.icu.map((f: { name: string }) => f.name)).toEqual(['ICU验收.pdf']);
  });
});

describe('notes per criterion on the expert evaluation', () => {
  it('are saved with the answers, trimmed, blank ones removed; unknown criteria and oversize text are 400', async () => {
    const current = (await h.api('GET', `/api/submissions/${expertA}`, { as: 'expert' })).body;
    const saved = await h.api('PUT', `/api/submissions/${expertA}`, { as: 'expert', body: { version: current.version, answers: { beds: 12, hasIcu: false }, notes: { icu: '  现场未见ICU  ', beds: '' } } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.notes).toEqual({ icu: '现场未见ICU' });
    const unknown = await h.api('PUT', `/api/submissions/${expertA}`, { as: 'expert', body: { version: saved.body.version, notes: { nope: 'x' } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues).toEqual([expect.objectContaining({ path: '/notes/nope', code: 'unknown-criterion' })]);
    const long = await h.api('PUT', `/api/submissions/${expertA}`, { as: 'expert', body: { version: saved.body.version, notes: { icu: '长'.repeat(1001) } } });
    expect(long.status).toBe(400);
    // A save without notes keeps them.
    const kept = await h.api('PUT', `/api/submissions/${expertA}`, { as: 'expert', body: { version: saved.body.version, answers: { beds: 12, hasIcu: false } } });
    expect(kept.body.notes).toEqual({ icu: '现场未见ICU' });
  });
});

describe('the comparison', () => {
  it('is 404 to the institution until the expert evaluation is submitted, and to strangers', async () => {
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}/comparison`, { as: 'insta' })).status).toBe(404);
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}/comparison`, { as: 'instc' })).status).toBe(404);
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}/comparison`, { as: 'expert2' })).status).toBe(404);
    expect((await h.api('GET', `/api/rounds/nope/comparison`, { as: 'admin' })).status).toBe(404);
  });

  it('shows self vs expert per criterion with values, the differing criterion first; the institution sees only its own', async () => {
    const current = (await h.api('GET', `/api/submissions/${expertA}`, { as: 'expert' })).body;
    expect((await h.api('POST', `/api/submissions/${expertA}/submit`, { as: 'expert', body: { version: current.version } })).status).toBe(202);
    await h.local.queue.idle();

    const forExpert = await h.api('GET', `/api/rounds/${ROUND_ID}/comparison`, { as: 'expert' });
    expect(forExpert.status).toBe(200);
    expect(forExpert.body.institutions.map((i: { institutionId: string }) => i.institutionId)).toEqual(['inst-a', 'inst-b']);
    const a = forExpert.body.institutions[0];
    expect(a).toMatchObject({ comparable: true, disagreements: 1, self: { submissionId: selfA, status: 'scored' }, expert: { submissionId: expertA, status: 'scored' } });
    expect(a.criteria[0]).toMatchObject({ criterionId: 'icu', different: true, self: { status: 'met', value: true, note: null }, expert: { status: 'not-met', value: false, note: '现场未见ICU' } });
    expect(a.criteria[0].pointsDifference).toBeLessThan(0);
    expect(a.criteria[1]).toMatchObject({ criterionId: 'beds', different: false, pointsDifference: 0, self: { value: 12 }, expert: { value: 12 } });
    expect(a.totalDifference).toBeLessThan(0);
    expect(forExpert.body.differences).toEqual([expect.objectContaining({ institutionId: 'inst-a', criterionId: 'icu' })]);
    // inst-b has only a self draft (hidden from the expert) and an empty expert draft: nothing to compare.
    expect(forExpert.body.institutions[1]).toMatchObject({ institutionId: 'inst-b', comparable: false, disagreements: 0, self: null });

    const forInst = await h.api('GET', `/api/rounds/${ROUND_ID}/comparison`, { as: 'insta' });
    expect(forInst.status).toBe(200);
    expect(forInst.body.institutions.map((i: { institutionId: string }) => i.institutionId)).toEqual(['inst-a']);
    expect(forInst.body.differences).toHaveLength(1);
    // The institution reads the submitted evaluation of it, so it reads the expert's note in it too.
    expect(forInst.body.institutions[0].criteria[0]).toMatchObject({ criterionId: 'icu', expert: { note: '现场未见ICU' } });
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}/comparison`, { as: 'instb' })).status).toBe(404);
  });
});

describe('returning with comments per item', () => {
  it('stores an overall comment and one per criterion, sharing the return\'s time, shown to the institution', async () => {
    const before = (await h.api('GET', `/api/submissions/${selfA}`, { as: 'expert' })).body;
    const bad = await h.api('POST', `/api/submissions/${selfA}/return`, { as: 'expert', body: { version: before.version, comments: { nope: 'x', icu: ' ' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([expect.objectContaining({ path: '/comments/nope', code: 'unknown-criterion' })]);
    const empty = await h.api('POST', `/api/submissions/${selfA}/return`, { as: 'expert', body: { version: before.version } });
    expect(empty.status).toBe(400);
    const tooLong = await h.api('POST', `/api/submissions/${selfA}/return`, { as: 'expert', body: { version: before.version, comments: { icu: '长'.repeat(1001) } } });
    expect(tooLong.status).toBe(400);
    expect((await h.api('GET', `/api/submissions/${selfA}`, { as: 'insta' })).body.status).toBe('scored');

    const returned = await h.api('POST', `/api/submissions/${selfA}/return`, { as: 'expert', body: { version: before.version, comment: '请核对后重新提交', comments: { icu: '现场未见ICU，请提供证明' } } });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect(returned.body.comments).toEqual([
      expect.objectContaining({ by: 'expert', text: '请核对后重新提交' }),
      expect.objectContaining({ by: 'expert', text: '现场未见ICU，请提供证明', criterionId: 'icu' }),
    ]);
    expect(returned.body.comments[0].criterionId).toBeUndefined();
    expect(returned.body.comments[0].at).toBe(returned.body.comments[1].at);
    const seen = await h.api('GET', `/api/submissions/${selfA}`, { as: 'insta' });
    expect(seen.body.comments).toEqual(returned.body.comments);
    expect(seen.body.audit.at(-1)).toMatchObject({ action: 'return', changes: { comment: '请核对后重新提交', criteria: ['icu'] } });
  });
});
