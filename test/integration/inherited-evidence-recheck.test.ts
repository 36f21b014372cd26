import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_PATH, startHarness, type Harness, type Who } from './harness.js';

/**
 * The institution's evidence an on-site evaluation inherits, through the API on dynalite: re-checked
 * when the expert submits (a file the institution withdrew no longer counts), and refused up front
 * when the copy would leave the expert no room in the 400 KB item.
 */
let h: Harness;
const ROUND = 'r-strict';
const selfA = `${ROUND}.inst-a.self`;
const expertA = `${ROUND}.inst-a.expert`;
const WIDE = 'r-wide';
const selfB = `${WIDE}.inst-b.self`;
/** Criteria of the wide checklist, each taking up to 20 files (the API's cap per criterion). */
const WIDE_CRITERIA = Array.from({ length: 30 }, (_, i) => `c${i}`);

/** Uploads `bytes` as evidence of submission `id` for a criterion (ICU unless named); the file reference to attach. */
async function upload(who: Who, id: string, fileName: string, bytes: string, criterionId = 'icu') {
  const size = new TextEncoder().encode(bytes).byteLength;
  const ticket = await h.api('POST', `/api/submissions/${id}/evidence`, { as: who, body: { criterionId, fileName, contentType: 'application/pdf', size, sha256: createHash('sha256').update(bytes).digest('hex') } });
  expect(ticket.status).toBe(201);
  const url = new URL(ticket.body.upload.url);
  expect((await h.api('PUT', url.pathname + url.search, { headers: { 'content-type': 'application/pdf' }, raw: bytes })).status).toBe(204);
  return ticket.body.file as { key: string; name: string };
}

type FileRef = { key: string; name: string };

/** A submitted self-evaluation in `round` (ICU present) with the evidence `files` gives. */
async function submitSelf(who: Who, round: string, files: (id: string) => Promise<Record<string, FileRef[]>>) {
  const draft = await h.api('POST', '/api/submissions', { as: who, body: { roundId: round, kind: 'self' } });
  expect(draft.status).toBe(201);
  const saved = await h.api('PUT', `/api/submissions/${draft.body.id}`, { as: who, body: { version: draft.body.version, answers: { beds: 12, hasIcu: true }, evidence: await files(draft.body.id) } });
  expect(saved.status).toBe(200);
  const submitted = await h.api('POST', `/api/submissions/${draft.body.id}/submit`, { as: who, body: { version: saved.body.version } });
  expect(submitted.status).toBe(202);
  await h.local.queue.idle();
  return draft.body.id as string;
}

beforeAll(async () => {
  // Room for the 330 KB save below; the ICU criterion requires evidence in this round's version.
  h = await startHarness({ maxBodyBytes: 1024 * 1024 });
  const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };
  const strict = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  strict.version = 2;
  strict.criteria.find((c: { id: string }) => c.id === 'icu').evidence.required = true;
  await h.local.services.checklists.publish(admin, strict);
  await h.local.services.rounds.create(admin, { id: ROUND, name: { zh: '严格轮次' }, checklistId: 'it-mini', checklistVersion: 2, type: 'annual', year: 2025, institutionIds: ['inst-a', 'inst-b'], expertIds: ['expert'] });
  // A checklist with 30 more yes/no criteria, so a self-evaluation can list 600 files.
  const wide = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  wide.id = 'it-wide';
  for (const id of WIDE_CRITERIA) {
    wide.form.schema.properties[id] = { type: 'boolean' };
    wide.form.uischema.elements.push({ type: 'Control', scope: `#/properties/${id}` });
    wide.criteria.push({ id, section: 's1', title: { zh: `条目${id}` }, clause: '二', kind: 'boolean', value: { field: id }, target: { equals: true }, weight: 1 });
  }
  await h.local.services.checklists.publish(admin, wide);
  await h.local.services.rounds.create(admin, { id: WIDE, name: { zh: '宽轮次' }, checklistId: 'it-wide', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-b'], expertIds: ['expert'] });
}, 60_000);
afterAll(() => h?.close());

describe("an on-site evaluation's inherited evidence", () => {
  it('no longer counts a file the institution took off its returned self-evaluation: submit 202, result says evidence missing', async () => {
    await submitSelf('insta', ROUND, async (id) => ({ icu: [await upload('insta', id, 'ICU验收.pdf', 'ICU %PDF')] }));
    const onSite = await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: ROUND, institutionId: 'inst-a', kind: 'expert', prefillFrom: selfA } });
    expect(onSite.status).toBe(201);
    expect(onSite.body.inheritedEvidence.files.icu).toHaveLength(1);

    // Returned to the institution, which takes its file off.
    const self = (await h.api('GET', `/api/submissions/${selfA}`, { as: 'expert' })).body;
    const returned = await h.api('POST', `/api/submissions/${selfA}/return`, { as: 'expert', body: { version: self.version, comment: '请核对证明材料' } });
    expect(returned.status).toBe(200);
    expect((await h.api('PUT', `/api/submissions/${selfA}`, { as: 'insta', body: { version: returned.body.version, evidence: {} } })).status).toBe(200);

    const submitted = await h.api('POST', `/api/submissions/${expertA}/submit`, { as: 'expert', body: { version: onSite.body.version } });
    expect(submitted.status).toBe(202);
    expect(submitted.body.inheritedEvidence).toBeUndefined();
    expect(submitted.body.audit.at(-1).changes.inheritedEvidenceMissing).toEqual([{ criterionId: 'icu', name: 'ICU验收.pdf' }]);
    await h.local.queue.idle();
    const result = await h.api('GET', `/api/submissions/${expertA}/result`, { as: 'expert' });
    expect(result.status).toBe(200);
    expect(result.body.criteria.find((c: { id: string }) => c.id === 'icu')).toMatchObject({ status: 'not-met', reason: 'evidence-missing', evidence: { required: true, provided: 0 } });
    // The withdrawn file no longer opens through the on-site evaluation.
    expect((await h.api('GET', `/api/submissions/${expertA}/inherited-evidence/icu/0`, { as: 'expert' })).status).toBe(404);
  });

  it('refuses with a 400 JSON error, writing nothing, a start from a self-evaluation whose evidence list would fill the item', { timeout: 180_000 }, async () => {
    // 20 files with long names on each of 30 criteria: over 300 KB of references, under the 400 KB item.
    await submitSelf('instb', WIDE, async (id) => {
      const evidence: Record<string, FileRef[]> = {};
      for (const c of WIDE_CRITERIA) {
        evidence[c] = [];
        for (let i = 0; i < 20; i++) evidence[c].push(await upload('instb', id, `${'重症监护室验收证明材料'.repeat(5)}-${i}.pdf`, `%PDF certificate ${c} ${i}`, c));
      }
      return evidence;
    });
    expect(Buffer.byteLength((await h.api('GET', `/api/submissions/${selfB}`, { as: 'instb' })).text)).toBeGreaterThan(300 * 1024);
    const before = await h.snapshot();
    const start = await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: WIDE, institutionId: 'inst-b', kind: 'expert', prefillFrom: selfB } });
    expect(start.status).toBe(400);
    expect(start.headers.get('content-type')).toMatch(/application\/json/);
    expect(start.body.error).toMatchObject({ code: 'invalid-reference', details: { issues: [{ path: '/prefillFrom', code: 'prefill-too-large', params: { max: 300 * 1024 } }] } });
    expect(start.body.error.details.issues[0].message).toContain('start it blank');
    expect(await h.snapshot()).toBe(before);
    // Started blank, the evaluation is made.
    expect((await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: WIDE, institutionId: 'inst-b', kind: 'expert' } })).status).toBe(201);
  });
});
