import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance } from '../../functions/domain/services/audit.js';
import { draftFor, startHarness, type Harness, type Who } from './harness.js';

/** Issue 7 items 3, 4 and 7: evidence keys, write-once uploads with a digest, content types on save. */
let h: Harness;
let a: string;
let b: string;
const A_BYTES = '海宁 ICU 验收报告 %PDF-1.7 original';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};
const put = (url: string, raw: string, contentType = 'application/pdf') => h.api('PUT', pathOf(url), { headers: { 'content-type': contentType }, raw });

/** Asks for an upload URL and uploads `bytes` there; returns the file reference to attach. */
async function uploadFile(as: Who, id: string, bytes: string, fileName = 'ICU验收.pdf') {
  const size = new TextEncoder().encode(bytes).byteLength;
  const ticket = await h.api('POST', `/api/submissions/${id}/evidence`, { as, body: { criterionId: 'icu', fileName, contentType: 'application/pdf', size, sha256: sha256(bytes) } });
  expect(ticket.status).toBe(201);
  expect((await put(ticket.body.upload.url, bytes)).status).toBe(204);
  return ticket.body as { upload: { url: string }; file: { name: string; key: string; contentType: string; size: number; sha256: string } };
}

beforeAll(async () => {
  h = await startHarness();
  a = (await draftFor(h)).id;
  b = (await draftFor(h, 'instb', 'inst-b')).id;
});
afterAll(() => h?.close());

describe('evidence keys (item 3)', () => {
  it("a key that climbs out of the submission's prefix is 400, so another institution's file can be neither attached nor downloaded", async () => {
    const { file } = await uploadFile('insta', a, A_BYTES);
    const climbing = `evidence/${b}/icu/../../${file.key.slice('evidence/'.length)}`;
    const before = await h.snapshot();
    const saved = await h.api('PUT', `/api/submissions/${b}`, { as: 'instb', body: { version: 1, answers: { beds: 1 }, evidence: { icu: [{ ...file, key: climbing }] } } });
    expect([saved.status, saved.body.error?.code]).toEqual([400, 'invalid-submission']);
    expect(saved.body.error.details.issues).toContainEqual(expect.objectContaining({ path: '/evidence/icu/0/key', code: 'foreign-key' }));
    expect(await h.snapshot()).toBe(before);
    // Nothing attached, so nothing to download either.
    expect((await h.api('GET', `/api/submissions/${b}/evidence/icu/0`, { as: 'instb' })).status).toBe(404);
  });

  it('anything but the exact issued form is refused, even under the right prefix', async () => {
    for (const key of [`evidence/${b}/icu/x.pdf`, `evidence/${b}/icu/sub/0f8fad5b-d9cb-469f-a165-70867728950e-x.pdf`, `evidence/${b}/icu/0f8fad5b-d9cb-469f-a165-70867728950e-x.pdf/..`]) {
      const res = await h.api('PUT', `/api/submissions/${b}`, { as: 'instb', body: { version: 1, evidence: { icu: [{ name: 'x.pdf', key, contentType: 'application/pdf', size: 3, sha256: sha256('abc') }] } } });
      expect([key, res.status, res.body.error.details.issues[0].code]).toEqual([key, 400, 'foreign-key']);
    }
  });

  it('the local store itself refuses such keys with a 400, and finds no file under them', async () => {
    const { file } = await uploadFile('insta', a, '%PDF second file', 'b.pdf');
    const climbing = `evidence/${b}/icu/../../${file.key.slice('evidence/'.length)}`;
    await expect(h.local.evidence.createDownload(climbing, { fileName: 'x.pdf', contentType: 'application/pdf' })).rejects.toMatchObject({ code: 'invalid-evidence' });
    await expect(h.local.evidence.exists(climbing)).resolves.toBe(false);
    await expect(h.local.evidence.exists(file.key)).resolves.toBe(true);
  });
});

describe('write-once evidence with a recorded digest (item 4)', () => {
  it('an upload URL cannot replace the file, before or after the submission is submitted and scored', async () => {
    const draft = (await draftFor(h, 'expert', 'inst-a', 'expert')).id;
    const original = 'expert on-site photo record %PDF';
    const { upload, file } = await uploadFile('expert', draft, original, '现场.pdf');
    expect(file).toMatchObject({ size: new TextEncoder().encode(original).byteLength, sha256: sha256(original) });

    // The same bytes again: the key is taken.
    const again = await put(upload.url, original);
    expect([again.status, again.body.error?.code]).toEqual([409, 'already-exists']);

    const saved = await h.api('PUT', `/api/submissions/${draft}`, { as: 'expert', body: { version: 1, answers: { beds: 5, hasIcu: true }, evidence: { icu: [file] } } });
    expect(saved.status).toBe(200);
    expect(saved.body.evidence.icu[0]).toEqual(file);
    expect((await h.api('POST', `/api/submissions/${draft}/submit`, { as: 'expert', body: { version: 2 } })).status).toBe(202);
    await h.local.queue.idle();
    expect((await h.api('GET', `/api/submissions/${draft}`, { as: 'expert' })).body.status).toBe('scored');

    // The URL has not expired, but a forged file of the same length gets nowhere.
    const forged = 'expert on-site photo FORGED %PDF';
    expect(forged.length).toBe(original.length);
    const replaced = await put(upload.url, forged);
    expect(replaced.status).toBeGreaterThanOrEqual(400);
    expect(replaced.status).toBeLessThan(500);
    const download = await h.api('GET', `/api/submissions/${draft}/evidence/icu/0`, { as: 'expert' });
    expect((await h.api('GET', pathOf(download.body.url))).text).toBe(original);

    // And no new upload URL is issued for a submitted submission.
    const ticket = await h.api('POST', `/api/submissions/${draft}/evidence`, { as: 'expert', body: { criterionId: 'icu', fileName: 'new.pdf', contentType: 'application/pdf', size: 3, sha256: sha256('abc') } });
    expect([ticket.status, ticket.body.error?.code]).toEqual([409, 'invalid-state']);
  });

  it('an upload whose bytes are not the declared ones is 400 and stores nothing', async () => {
    const ticket = await h.api('POST', `/api/submissions/${b}/evidence`, { as: 'instb', body: { criterionId: 'icu', fileName: 'c.pdf', contentType: 'application/pdf', size: 5, sha256: sha256('hello') } });
    const res = await put(ticket.body.upload.url, 'jello');
    expect([res.status, res.body.error?.code, res.body.error?.details.issues[0].code]).toEqual([400, 'invalid-evidence', 'sha256-mismatch']);
    expect(await h.local.evidence.exists(ticket.body.file.key)).toBe(false);
    expect((await put(ticket.body.upload.url, 'hello')).status).toBe(204);
  });

  it('a stored file that no longer matches its recorded digest is not served', async () => {
    const { file } = await uploadFile('instb', b, '%PDF the genuine file');
    const saved = await h.api('PUT', `/api/submissions/${b}`, { as: 'instb', body: { version: 1, answers: { beds: 2 }, evidence: { icu: [file] } } });
    expect(saved.status).toBe(200);
    await writeFile(join(h.config.evidenceDir, file.key), 'the swapped file');
    const download = await h.api('GET', `/api/submissions/${b}/evidence/icu/0`, { as: 'instb' });
    const res = await h.api('GET', pathOf(download.body.url));
    expect([res.status, res.body.error?.code]).toEqual([409, 'invalid-state']);
    expect(res.text).not.toContain('swapped');
  });

  it('a new attachment must carry the digest its upload URL was issued with', async () => {
    const current = (await h.api('GET', `/api/submissions/${b}`, { as: 'instb' })).body;
    const { file } = await uploadFile('instb', b, '%PDF no digest please', 'd.pdf');
    const { sha256: _dropped, ...withoutDigest } = file;
    const res = await h.api('PUT', `/api/submissions/${b}`, { as: 'instb', body: { version: current.version, evidence: { icu: [...current.evidence.icu, withoutDigest] } } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: '/evidence/icu/1/sha256', code: 'required' })]);
  });
});

describe('submitting checks the references against the stored files (item 4)', () => {
  it('a reference whose size or SHA-256 differs from the uploaded file cannot be submitted', async () => {
    const id = (await draftFor(h, 'expert', 'inst-b', 'expert')).id;
    const { file } = await uploadFile('expert', id, '%PDF what was really uploaded');
    let version = 1;
    for (const lie of [{ sha256: sha256('what the reference claims') }, { size: file.size + 1 }]) {
      const saved = await h.api('PUT', `/api/submissions/${id}`, { as: 'expert', body: { version, answers: { beds: 4 }, evidence: { icu: [{ ...file, ...lie }] } } });
      expect(saved.status).toBe(200);
      version = saved.body.version;
      const submit = await h.api('POST', `/api/submissions/${id}/submit`, { as: 'expert', body: { version } });
      expect([submit.status, submit.body.error.details.issues]).toEqual([400, [expect.objectContaining({ path: '/evidence/icu/0', code: 'evidence-mismatch' })]]);
    }
    const honest = await h.api('PUT', `/api/submissions/${id}`, { as: 'expert', body: { version, evidence: { icu: [file] } } });
    expect((await h.api('POST', `/api/submissions/${id}/submit`, { as: 'expert', body: { version: honest.body.version } })).status).toBe(202);
    await h.local.queue.idle();
  });
});

describe('evidence content type on save (item 7)', () => {
  it('a content type outside the allow-list or not matching the name is 400 on save, and nothing is written', async () => {
    const current = (await h.api('GET', `/api/submissions/${b}`, { as: 'instb' })).body;
    const [file] = current.evidence.icu;
    const before = await h.snapshot();
    for (const contentType of ['application/pdf\r\nX-Injected: 1', 'text/html', 'image/png', '']) {
      const res = await h.api('PUT', `/api/submissions/${b}`, { as: 'instb', body: { version: current.version, evidence: { icu: [{ ...file, contentType }] } } });
      expect([JSON.stringify(contentType), res.status]).toEqual([JSON.stringify(contentType), 400]);
      expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: '/evidence/icu/0/contentType', code: 'content-type' })]);
    }
    expect(await h.snapshot()).toBe(before);
  });

  it('a bad type stored before the check still downloads (as a generic type), not a 500', async () => {
    const { file } = await uploadFile('insta', a, '%PDF legacy bytes', 'legacy.pdf');
    const stored = (await h.local.repos.submissions.get(a))!;
    const legacy = advance(stored, { evidence: { icu: [{ ...file, contentType: 'application/pdf\r\nX-Injected: 1' }] } }, 'insta', 'save', new Date(), {});
    await h.local.repos.submissions.replace(legacy, stored.version);
    const ticket = await h.api('GET', `/api/submissions/${a}/evidence/icu/0`, { as: 'insta' });
    expect([ticket.status, ticket.body.contentType]).toEqual([200, 'application/octet-stream']);
    const res = await h.api('GET', pathOf(ticket.body.url));
    expect([res.status, res.text, res.headers.get('content-type'), res.headers.get('x-injected')]).toEqual([200, '%PDF legacy bytes', 'application/octet-stream', null]);
  });
});
