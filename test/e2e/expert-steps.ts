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

/** An institution's self-evaluation through the API, submitted and (for the comparison) scored. */
export async function submitSelf(rig: BrowserRig, user: string, roundId: string, answers: Record<string, unknown>): Promise<string> {
  const draft = await rig.api(user, 'POST', '/api/submissions', { roundId, kind: 'self' });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const saved = await rig.api(user, 'PUT', `/api/submissions/${enc(draft.body.id)}`, { version: draft.body.version, answers });
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
