import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { draftFor, MINI_PATH, startHarness, type Harness } from './harness.js';

let h: Harness;
let id: string;
beforeAll(async () => {
  h = await startHarness();
  id = (await draftFor(h)).id;
});
afterAll(() => h?.close());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SHA = sha256('hello world');
/** A PDF by its first bytes, as the save checks. */
const PDF_BYTES = '%PDF-1.7 ok';

const upload = (body: object, as: 'insta' | 'instb' = 'insta') => h.api('POST', `/api/submissions/${id}/evidence`, { as, body });

describe('evidence uploads', () => {
  it('issues an upload URL, accepts the file there, and lets the submission reference it', async () => {
    const res = await upload({ criterionId: 'icu', fileName: 'ICU验收.pdf', contentType: 'application/pdf', size: 11, sha256: sha256(PDF_BYTES) });
    expect(res.status).toBe(201);
    expect(res.body.upload).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
    expect(res.body.file.key.startsWith(`evidence/${id}/icu/`)).toBe(true);

    const url = new URL(res.body.upload.url);
    const tooBig = await h.api('PUT', url.pathname + url.search, { headers: { 'content-type': 'application/pdf' }, raw: 'x'.repeat(12) });
    expect(tooBig.status).toBe(400);
    const forgedUrl = new URL(url);
    forgedUrl.searchParams.set('size', '99999');
    const forged = await h.api('PUT', forgedUrl.pathname + forgedUrl.search, { headers: { 'content-type': 'application/pdf' }, raw: PDF_BYTES });
    expect(forged.status).toBe(403);
    const put = await h.api('PUT', url.pathname + url.search, { headers: { 'content-type': 'application/pdf' }, raw: PDF_BYTES });
    expect(put.status).toBe(204);
    expect(await h.local.evidence.exists(res.body.file.key)).toBe(true);

    const saved = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 10, hasIcu: true }, evidence: { icu: [res.body.file] } } });
    expect(saved.status).toBe(200);
    const submitted = await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: 2 } });
    expect(submitted.status).toBe(202);
    await h.local.queue.idle();
    const result = await h.api('GET', `/api/submissions/${id}/result`, { as: 'insta' });
    expect(result.body.criteria[1].evidence).toEqual({ required: false, provided: 1 });
  });

  it('enforces type and size limits and the criterion', async () => {
    const other = (await draftFor(h, 'instb', 'inst-b')).id;
    const ask = (body: object) => h.api('POST', `/api/submissions/${other}/evidence`, { as: 'instb', body });
    const exe = await ask({ criterionId: 'icu', fileName: 'run.exe', contentType: 'application/octet-stream', size: 10, sha256: SHA });
    expect(exe.status).toBe(400);
    expect(exe.body.error.details.issues[0]).toMatchObject({ path: '/fileName', code: 'file-type' });
    const docx = await ask({ criterionId: 'icu', fileName: 'a.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10, sha256: SHA });
    expect(docx.status).toBe(400);
    const mismatch = await ask({ criterionId: 'icu', fileName: 'a.pdf', contentType: 'image/png', size: 10, sha256: SHA });
    expect(mismatch.body.error.details.issues[0].path).toBe('/contentType');
    const huge = await ask({ criterionId: 'beds', fileName: 'a.pdf', contentType: 'application/pdf', size: 5 * 1024 * 1024, sha256: SHA });
    expect(huge.body.error.details.issues[0]).toMatchObject({ path: '/size', code: 'too-large' });
    const unknown = await ask({ criterionId: 'ghost', fileName: 'a.pdf', contentType: 'application/pdf', size: 5, sha256: SHA });
    expect(unknown.body.error.details.issues[0].code).toBe('unknown-criterion');
  });

  it('refuses evidence keys that belong to another submission, and files never uploaded', async () => {
    const other = `r1.inst-b.self`;
    const foreign = await h.api('PUT', `/api/submissions/${other}`, {
      as: 'instb',
      body: { version: 1, answers: { beds: 1 }, evidence: { icu: [{ name: 'x.pdf', key: `evidence/${id}/icu/abc-x.pdf`, contentType: 'application/pdf', size: 3, sha256: SHA }] } },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.issues[0].code).toBe('foreign-key');
    const ticket = await h.api('POST', `/api/submissions/${other}/evidence`, { as: 'instb', body: { criterionId: 'icu', fileName: 'y.pdf', contentType: 'application/pdf', size: 3, sha256: SHA } });
    const saved = await h.api('PUT', `/api/submissions/${other}`, { as: 'instb', body: { version: 1, answers: { beds: 1 }, evidence: { icu: [ticket.body.file] } } });
    expect(saved.status).toBe(200);
    const submit = await h.api('POST', `/api/submissions/${other}/submit`, { as: 'instb', body: { version: 2 } });
    expect(submit.status).toBe(400);
    expect(submit.body.error.details.issues[0].code).toBe('evidence-not-uploaded');
  });

  it('refuses to attach a file whose content is not what its name says (a PNG named .pdf), naming the file and the accepted types; the real PDF attaches', async () => {
    const draft = await draftFor(h, 'expert', 'inst-a', 'expert');
    const send = async (fileName: string, bytes: Uint8Array) => {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const ticket = await h.api('POST', `/api/submissions/${draft.id}/evidence`, { as: 'expert', body: { criterionId: 'icu', fileName, contentType: 'application/pdf', size: bytes.byteLength, sha256: sha } });
      const url = new URL(ticket.body.upload.url);
      expect((await h.api('PUT', url.pathname + url.search, { headers: { 'content-type': 'application/pdf' }, raw: bytes as BodyInit })).status).toBe(204);
      return ticket.body.file;
    };
    const png = await send('验收报告.pdf', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const before = await h.snapshot();
    const refused = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'expert', body: { version: draft.version, evidence: { icu: [png] } } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues).toEqual([
      expect.objectContaining({ path: '/evidence/icu/0/name', code: 'file-content', params: { file: '验收报告.pdf', extension: 'pdf', accepted: 'pdf, jpg' } }),
    ]);
    expect(refused.body.error.details.issues[0].message).toContain('验收报告.pdf');
    expect(await h.snapshot()).toBe(before);

    const pdf = await send('验收报告2.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj'));
    const saved = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'expert', body: { version: draft.version, evidence: { icu: [pdf] } } });
    expect([saved.status, saved.body.evidence]).toEqual([200, { icu: [pdf] }]);
  });
});

describe('bad input at the edge', () => {
  it('a body over the limit is 413 with the error shape, and writes nothing', async () => {
    const before = await h.snapshot();
    const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 3, answers: { note: 'x'.repeat(70 * 1024) } } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload-too-large');
    expect(await h.snapshot()).toBe(before);
  });

  it('an answer set too large for one item (under the body limit) is 413, not a 500', async () => {
    const big = await startHarness({ maxBodyBytes: 1024 * 1024 });
    try {
      // Answers have default limits (5,000 characters a string): only a form that allows long text outgrows one item.
      const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
      mini.id = 'it-long';
      mini.form.schema.properties.note.maxLength = 1_000_000;
      const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };
      await big.local.services.checklists.publish(admin, mini);
      await big.local.services.rounds.create(admin, { id: 'r-long', name: { zh: '长文本' }, checklistId: 'it-long', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-a'], expertIds: [] });
      const draft = (await big.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 'r-long', kind: 'self' } })).body;
      const before = await big.snapshot();
      const res = await big.api('PUT', `/api/submissions/${draft.id}`, { as: 'insta', body: { version: 1, answers: { beds: 1, note: 'x'.repeat(450 * 1000) } } });
      expect([res.status, res.body.error?.code]).toEqual([413, 'payload-too-large']);
      expect(await big.snapshot()).toBe(before);
    } finally {
      await big.close();
    }
  });

  it('malformed JSON, the wrong media type and wrong types each get their own error', async () => {
    const malformed = await h.api('POST', '/api/submissions', { as: 'insta', body: '{"roundId": ' });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'malformed-json']);
    const media = await h.api('POST', '/api/submissions', { as: 'insta', body: 'roundId=r1', headers: { 'content-type': 'text/plain' } });
    expect([media.status, media.body.error.code]).toEqual([415, 'unsupported-media-type']);
    const types = await h.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 7, kind: 'maybe' } });
    expect([types.status, types.body.error.code]).toEqual([400, 'invalid-body']);
    expect(types.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['/kind', '/roundId']);
    const unknownRound = await h.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 'nope', kind: 'self' } });
    expect(unknownRound.status).toBe(404);
  });

  it('the result of a draft is a clear 409, not a 404 or 500', async () => {
    const res = await h.api('GET', '/api/submissions/r1.inst-b.self/result', { as: 'instb' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not-scored');
  });
});

describe('local upload URLs', () => {
  it('a malformed or tampered upload URL is a JSON 4xx, never a 5xx, and stores nothing', async () => {
    const ticket = await h.api('POST', '/api/submissions/r1.inst-b.self/evidence', { as: 'instb', body: { criterionId: 'icu', fileName: 'z.pdf', contentType: 'application/pdf', size: 5, sha256: SHA } });
    expect(ticket.status).toBe(201);
    const url = new URL(ticket.body.upload.url);
    for (const path of ['/api/local-evidence/%E0%A4%A', '/api/local-evidence/evidence%2F%ZZ', `${url.pathname}%`, '/api/local-evidence/%C0%AF..%2Fx.pdf']) {
      const res = await h.api('PUT', path + url.search, { headers: { 'content-type': 'application/pdf' }, raw: 'hello' });
      expect([path, res.status >= 400 && res.status < 500, typeof res.body.error?.code]).toEqual([path, true, 'string']);
    }
    expect(await h.local.evidence.exists(ticket.body.file.key)).toBe(false);
  });
});
