import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, startHarness, type Harness } from './harness.js';

/**
 * Context the institution record sets (type, grade, ...) decides which criteria and targets apply,
 * so the people being evaluated must not be able to change it in their submission.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('context fixed by the institution record', () => {
  it('an institution cannot change context its institution record sets; sending it back unchanged is fine', async () => {
    const { id } = await draftFor(h);
    const before = await h.snapshot();
    const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 3 }, context: { institutionType: 'tcm' } } });
    expect([res.status, res.body.error?.code]).toEqual([400, 'invalid-submission']);
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: '/context/institutionType', code: 'context-fixed' })]);
    expect(await h.snapshot()).toBe(before);

    const same = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 3 }, context: { institutionType: 'general', year: 2025 } } });
    expect(same.status).toBe(200);
    expect(same.body.context).toMatchObject({ institutionType: 'general', year: 2025, round: 'annual' });
  });

  it('an expert cannot change it either; an administrator may correct it', async () => {
    const { id } = await draftFor(h, 'expert', 'inst-b', 'expert');
    const expert = await h.api('PUT', `/api/submissions/${id}`, { as: 'expert', body: { version: 1, context: { institutionType: 'tcm' } } });
    expect([expert.status, expert.body.error.details.issues[0].code]).toEqual([400, 'context-fixed']);
    const admin = await h.api('PUT', `/api/submissions/${id}`, { as: 'admin', body: { version: 1, context: { institutionType: 'tcm' } } });
    expect([admin.status, admin.body.context.institutionType]).toEqual([200, 'tcm']);
  });

  it('year and round are the round\'s: changing them is a 400 for everyone, not silently ignored', async () => {
    const { id } = await draftFor(h, 'instb', 'inst-b');
    const before = await h.snapshot();
    for (const who of ['instb', 'admin'] as const) {
      const res = await h.api('PUT', `/api/submissions/${id}`, { as: who, body: { version: 1, context: { year: 2024, round: 'final' } } });
      expect([res.status, res.body.error.details.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)]).toEqual([400, ['/context/year context-fixed', '/context/round context-fixed']]);
    }
    expect(await h.snapshot()).toBe(before);
    const same = await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: 1, context: { year: '2025', round: 'annual' } } });
    expect(same.status).toBe(200);
  });
});
