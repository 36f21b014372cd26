import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { BrowserRig } from './browser-harness.js';

/** API steps the expert's browser tests share: reading a submission, an institution's self-evaluation, a round with an expert draft. */

/** The expert tests' phone: 390 × 844. */
export const PHONE = { width: 390, height: 844 };

const enc = encodeURIComponent;

/** The submission `id` as `user` reads it through the API. */
export async function stored(rig: BrowserRig, user: string, id: string) {
  return (await rig.api(user, 'GET', `/api/submissions/${enc(id)}`)).body;
}

/** A file to attach: its name, bytes and content type. */
export interface SelfFile {
  name: string;
  bytes: Buffer;
  contentType: string;
}

/** Uploads `file` for `criterionId` of submission `id` as `user` would (ticket, then the signed PUT); the reference to save. */
async function uploadFile(rig: BrowserRig, user: string, id: string, criterionId: string, file: SelfFile) {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const ticket = await rig.api(user, 'POST', `/api/submissions/${enc(id)}/evidence`, { criterionId, fileName: file.name, contentType: file.contentType, size: file.bytes.length, sha256 });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  // The browser sets Content-Length and Host itself; so does fetch.
  const headers = Object.fromEntries(Object.entries(ticket.body.upload.headers as Record<string, string>).filter(([name]) => !['content-length', 'host'].includes(name.toLowerCase())));
  const put = await fetch(ticket.body.upload.url, { method: 'PUT', headers, body: new Uint8Array(file.bytes) });
  expect(put.status).toBeLessThan(300);
  return ticket.body.file;
}

/**
 * An institution's self-evaluation through the API, with `files` attached per criterion,
 * submitted and (for the comparison) scored.
 */
export async function submitSelf(rig: BrowserRig, user: string, roundId: string, answers: Record<string, unknown>, files: Record<string, SelfFile> = {}): Promise<string> {
  const draft = await rig.api(user, 'POST', '/api/submissions', { roundId, kind: 'self' });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const evidence: Record<string, unknown[]> = {};
  for (const [criterionId, file] of Object.entries(files)) evidence[criterionId] = [await uploadFile(rig, user, draft.body.id, criterionId, file)];
  const saved = await rig.api(user, 'PUT', `/api/submissions/${enc(draft.body.id)}`, { version: draft.body.version, answers, evidence });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await rig.api(user, 'POST', `/api/submissions/${enc(draft.body.id)}/submit`, { version: saved.body.version });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
  await expect.poll(async () => (await stored(rig, user, draft.body.id)).status, { timeout: 30_000 }).toBe('scored');
  return draft.body.id as string;
}

/** A 2026 round of the current Haining checklist for haining-renmin with `expert`, and the expert's blank draft in it. */
export async function hainingRoundWithExpertDraft(rig: BrowserRig, roundId: string, name: { zh: string; en: string }) {
  const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
  const round = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'annual', year: 2026, institutionIds: ['haining-renmin'], expertIds: ['expert'] });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  const draft = await rig.api('expert', 'POST', '/api/submissions', { roundId, institutionId: 'haining-renmin', kind: 'expert' });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  return draft;
}
