import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, MINI_PATH, startHarness, type Harness } from './harness.js';

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

describe('context the institution record does not set', () => {
  /** A checklist whose bed target depends on a named county (admin-set) and with a contact the institution declares. */
  async function countyRound(): Promise<void> {
    const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
    const definition = {
      ...mini,
      id: 'it-county',
      context: [
        ...mini.context,
        { id: 'county', label: { zh: '所在县' }, kind: 'enum', required: true, options: [{ value: 'north', label: { zh: '北县' } }, { value: 'south', label: { zh: '南县' } }] },
        { id: 'contact', label: { zh: '填报联系人' }, kind: 'text', declaredBy: 'participant' },
      ],
      criteria: [{ ...mini.criteria[0], targets: [{ when: { context: { county: 'south' } }, target: { op: '>=', value: 2 } }] }, mini.criteria[1]],
    };
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: definition })).status).toBe(201);
    const round = { id: 'r-county', name: { zh: '县' }, checklistId: 'it-county', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-a', 'inst-b'], expertIds: ['expert'] };
    expect((await h.api('POST', '/api/rounds', { as: 'admin', body: round })).status).toBe(201);
  }

  it('an institution cannot set a field that moves its targets even where its record leaves it unset; it declares its own fields', async () => {
    await countyRound();
    const created = await h.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 'r-county', kind: 'self' } });
    expect(created.body.context).toEqual({ institutionType: 'general', year: 2025, round: 'annual' });
    const id = created.body.id as string;
    const before = await h.snapshot();
    const chosen = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 3 }, context: { county: 'south' } } });
    expect([chosen.status, chosen.body.error?.code]).toEqual([400, 'invalid-submission']);
    expect(chosen.body.error.details.issues).toEqual([expect.objectContaining({ path: '/context/county', code: 'context-fixed' })]);
    expect(await h.snapshot()).toBe(before);

    const declared = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 3 }, context: { contact: '张三' } } });
    expect([declared.status, declared.body.context.contact]).toEqual([200, '张三']);
    // Submitting without it says who can fill it in.
    const submitted = await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: declared.body.version } });
    expect([submitted.status, submitted.body.error.details.issues]).toEqual([400, [expect.objectContaining({ path: '/context/county', code: 'context-required', message: expect.stringContaining('administrator') })]]);
  });

  it('the expert cannot set it either; an administrator can, and the record sets it for new submissions', async () => {
    const expertDraft = (await h.api('POST', '/api/submissions', { as: 'expert', body: { roundId: 'r-county', institutionId: 'inst-b', kind: 'expert' } })).body;
    const expert = await h.api('PUT', `/api/submissions/${expertDraft.id}`, { as: 'expert', body: { version: 1, context: { county: 'south' } } });
    expect([expert.status, expert.body.error?.details.issues[0].code]).toEqual([400, 'context-fixed']);
    const admin = await h.api('PUT', `/api/submissions/${expertDraft.id}`, { as: 'admin', body: { version: 1, context: { county: 'south' } } });
    expect([admin.status, admin.body.context.county]).toEqual([200, 'south']);

    const record = (await h.api('GET', '/api/institutions/inst-b', { as: 'admin' })).body;
    const updated = await h.api('PUT', '/api/institutions/inst-b', { as: 'admin', body: { version: record.version, name: record.name, regionId: record.regionId, context: { ...record.context, county: 'north' } } });
    expect(updated.status).toBe(200);
    const self = await h.api('POST', '/api/submissions', { as: 'instb', body: { roundId: 'r-county', kind: 'self' } });
    expect(self.body.context).toMatchObject({ county: 'north' });
  });
});
