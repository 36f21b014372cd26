import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, ROUND_ID, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('submission workflow', () => {
  it('draft → saved → submitted → scored, with the engine result and an audit trail', async () => {
    const draft = await draftFor(h);
    expect(draft).toMatchObject({ id: `${ROUND_ID}.inst-a.self`, status: 'draft', version: 1, revision: 0 });
    expect((draft as unknown as { context: object }).context).toEqual({ institutionType: 'general', year: 2025, round: 'annual' });

    const saved = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'insta', body: { version: 1, answers: { beds: 12, hasIcu: false } } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);

    const submitted = await h.api('POST', `/api/submissions/${draft.id}/submit`, { as: 'insta', body: { version: 2 } });
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({ status: 'submitted', revision: 1, version: 3 });

    await h.local.queue.idle();
    const result = await h.api('GET', `/api/submissions/${draft.id}/result`, { as: 'insta' });
    expect(result.status).toBe(200);
    expect(result.body.checklist).toEqual({ id: 'it-mini', version: 1 });
    expect(result.body.total).toBeCloseTo(66.7, 1);
    expect(result.body.band.id).toBe('pass');
    expect(result.body.criteria.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ['beds', 'met'],
      ['icu', 'not-met'],
    ]);

    const stored = await h.api('GET', `/api/submissions/${draft.id}`, { as: 'insta' });
    expect(stored.body.status).toBe('scored');
    expect(stored.body.score).toMatchObject({ revision: 1, checklistVersion: 1, total: result.body.total });
    expect(stored.body.audit.map((a: { action: string; version: number }) => [a.action, a.version])).toEqual([
      ['create', 1],
      ['save', 2],
      ['submit', 3],
      ['score', 4],
    ]);
    expect(stored.body.audit[1]).toMatchObject({ by: 'insta', changes: { keys: ['answers'] } });
  });

  it('return with comments → edit → resubmit produces a new revision and a new score', async () => {
    const id = `${ROUND_ID}.inst-a.self`;
    const before = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    const returned = await h.api('POST', `/api/submissions/${id}/return`, { as: 'expert', body: { version: before.version, comment: '请补充ICU证明', criterionId: 'icu' } });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect(returned.body.comments).toEqual([expect.objectContaining({ by: 'expert', text: '请补充ICU证明', criterionId: 'icu' })]);

    const notScored = await h.api('POST', `/api/submissions/${id}/return`, { as: 'expert', body: { version: returned.body.version, comment: 'again' } });
    expect(notScored.status).toBe(409);
    expect(notScored.body.error.code).toBe('invalid-state');

    const saved = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: returned.body.version, answers: { beds: 12, hasIcu: true } } });
    expect(saved.status).toBe(200);
    const resubmitted = await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: saved.body.version } });
    expect(resubmitted.body).toMatchObject({ status: 'submitted', revision: 2 });
    expect(resubmitted.body.audit.at(-1).action).toBe('resubmit');
    await h.local.queue.idle();
    const result = await h.api('GET', `/api/submissions/${id}/result`, { as: 'insta' });
    expect(result.body.total).toBe(100);
  });

  it('a submitted submission cannot be edited or submitted again', async () => {
    const id = `${ROUND_ID}.inst-a.self`;
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
    const put = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: current.version, answers: { beds: 1 } } });
    expect(put.status).toBe(409);
    expect(put.body.error.code).toBe('invalid-state');
    const submit = await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: current.version } });
    expect(submit.status).toBe(409);
  });

  it('submitting an incomplete draft lists every problem and writes nothing', async () => {
    const draft = await draftFor(h, 'instb', 'inst-b');
    const before = await h.snapshot();
    const res = await h.api('POST', `/api/submissions/${draft.id}/submit`, { as: 'instb', body: { version: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid-submission');
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: '/answers/beds', code: 'answer-required' })]);
    expect(await h.snapshot()).toBe(before);
  });

  it('saving answers of the wrong type is rejected with paths; missing required fields are fine in a draft', async () => {
    const id = `${ROUND_ID}.inst-b.self`;
    const before = await h.snapshot();
    const bad = await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: 1, answers: { beds: 'many', extra: 1 }, context: { institutionType: 'hospital' } } });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/answers/beds', '/context/institutionType']));
    expect(await h.snapshot()).toBe(before);
    const partial = await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: 1, answers: { hasIcu: true } } });
    expect(partial.status).toBe(200);
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const id = `${ROUND_ID}.inst-b.self`;
    const before = await h.snapshot();
    const stale = await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: 1, answers: { beds: 3 } } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    expect(await h.snapshot()).toBe(before);
  });

  it('one submission per round, institution and kind', async () => {
    const again = await h.api('POST', '/api/submissions', { as: 'instb', body: { roundId: ROUND_ID, kind: 'self' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already-exists');
  });

  it('an expert evaluates on site; round results compare self and expert, and export as CSV and XLSX', async () => {
    const draft = await draftFor(h, 'expert', 'inst-a', 'expert');
    const saved = await h.api('PUT', `/api/submissions/${draft.id}`, { as: 'expert', body: { version: 1, answers: { beds: 8, hasIcu: true } } });
    await h.api('POST', `/api/submissions/${draft.id}/submit`, { as: 'expert', body: { version: saved.body.version } });
    await h.local.queue.idle();

    const results = await h.api('GET', `/api/rounds/${ROUND_ID}/results`, { as: 'admin' });
    expect(results.status).toBe(200);
    const a = results.body.institutions.find((i: { institutionId: string }) => i.institutionId === 'inst-a');
    expect(a.self.total).toBe(100);
    expect(a.expert.total).toBeCloseTo(33.3, 1);
    expect(a.difference).toBeCloseTo(-66.7, 1);
    expect(a.expert.band.id).toBe('fail');
    const b = results.body.institutions.find((i: { institutionId: string }) => i.institutionId === 'inst-b');
    expect(b.self).toMatchObject({ status: 'draft', total: null });
    expect(b.expert).toBeNull();
    expect(results.body.criteria.find((c: { id: string }) => c.id === 'beds')).toMatchObject({ self: { met: 1 }, expert: { 'not-met': 1 } });
    expect(results.body.differences).toEqual([expect.objectContaining({ institutionId: 'inst-a', criterionId: 'beds', self: { status: 'met', points: 2 }, expert: { status: 'not-met', points: 0 } })]);

    const csv = await h.api('GET', `/api/rounds/${ROUND_ID}/results/export?format=csv`, { as: 'expert' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toMatch(/inst-a,医院inst-a,测试市,已评分,100,合格,,1,[^,]+,已评分,33.3,不合格,,1,[^,]+,-66.7/);

    const xlsx = await h.api('GET', `/api/rounds/${ROUND_ID}/results/export`, { as: 'admin' });
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (xlsx.body as Response).arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '机构', '地区汇总', '指标明细', '指标达标情况', '自评与专家差异']);
    expect(book.getWorksheet('机构')!.getRow(2).values).toEqual(expect.arrayContaining(['inst-a', 100, 33.3]));
    // The expert's 8 beds, read from the stored result: actual, target, gap and status in words.
    const details = book.getWorksheet('指标明细')!;
    const header = (details.getRow(1).values as unknown[]).map(String);
    const expertBeds = details.getRows(2, details.rowCount - 1)!.map((r) => r.values as unknown[])
      .find((v) => v[header.indexOf('机构编号')] === 'inst-a' && v[header.indexOf('评估类型')] === '专家评估' && v[header.indexOf('指标编号')] === 'beds')!;
    expect(expertBeds[header.indexOf('实际值')]).toBe('8张');
    expect(expertBeds[header.indexOf('目标')]).toContain('10张');
    expect(expertBeds[header.indexOf('差距')]).toBe('差2张');
    expect(expertBeds[header.indexOf('状态')]).toBe('未达标');
    expect(expertBeds[header.indexOf('评估表版本')]).toBe(1);

    const english = await h.api('GET', `/api/rounds/${ROUND_ID}/results/export?format=csv&lang=en`, { as: 'admin' });
    expect(english.text).toMatch(/inst-a,[^\r\n]*,Expert evaluation,1,[^,]+,beds,[^\r\n]*,Not met,8 beds,8,/);
    const badLang = await h.api('GET', `/api/rounds/${ROUND_ID}/results/export?lang=fr`, { as: 'admin' });
    expect([badLang.status, badLang.body.error?.details.issues[0].path]).toEqual([400, '/lang']);
  });

  it('rescoring the same revision with the same checklist version is idempotent; an admin may rescore', async () => {
    const id = `${ROUND_ID}.inst-a.self`;
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    const res = await h.api('POST', `/api/submissions/${id}/rescore`, { as: 'admin', body: { version: current.version } });
    expect(res.status).toBe(202);
    await h.local.queue.idle();
    const after = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    expect(after.score.resultKey).toBe(current.score.resultKey);
    expect(after.audit.at(-1).action).toBe('rescore');
    const denied = await h.api('POST', `/api/submissions/${id}/rescore`, { as: 'insta', body: { version: after.version } });
    expect(denied.status).toBe(403);
  });

  it('lists submissions by round and by institution', async () => {
    const byRound = await h.api('GET', `/api/submissions?roundId=${ROUND_ID}`, { as: 'admin' });
    expect(byRound.body.items.map((s: { id: string }) => s.id).sort()).toEqual([`${ROUND_ID}.inst-a.expert`, `${ROUND_ID}.inst-a.self`, `${ROUND_ID}.inst-b.self`]);
    const own = await h.api('GET', '/api/submissions', { as: 'insta' });
    expect(own.body.items.map((s: { id: string }) => s.id).sort()).toEqual([`${ROUND_ID}.inst-a.expert`, `${ROUND_ID}.inst-a.self`]);
    const roundAsInst = await h.api('GET', `/api/submissions?roundId=${ROUND_ID}`, { as: 'instb' });
    expect(roundAsInst.body.items.map((s: { id: string }) => s.id)).toEqual([`${ROUND_ID}.inst-b.self`]);
  });

  it('an admin re-scores a round against a new checklist version; results record the version', async () => {
    const definition = (await h.api('GET', '/api/checklists/it-mini', { as: 'admin' })).body.definition;
    const stricter = { ...definition, version: 2, criteria: [{ ...definition.criteria[0], target: { op: '>=', value: 15 } }, definition.criteria[1]] };
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: stricter })).status).toBe(201);
    const id = `${ROUND_ID}.inst-a.self`;
    expect((await h.api('GET', `/api/submissions/${id}/result`, { as: 'insta' })).body.checklist.version).toBe(1);

    const denied = await h.api('POST', `/api/rounds/${ROUND_ID}/rescore`, { as: 'expert', body: { checklistVersion: 2 } });
    expect(denied.status).toBe(403);
    const res = await h.api('POST', `/api/rounds/${ROUND_ID}/rescore`, { as: 'admin', body: { checklistVersion: 2 } });
    expect(res.status).toBe(202);
    expect(res.body.queued.sort()).toEqual([`${ROUND_ID}.inst-a.expert`, id]);
    expect(res.body.skipped).toEqual([{ id: `${ROUND_ID}.inst-b.self`, reason: 'draft' }]);
    await h.local.queue.idle();
    const result = (await h.api('GET', `/api/submissions/${id}/result`, { as: 'insta' })).body;
    expect(result.checklist).toEqual({ id: 'it-mini', version: 2 });
    expect(result.criteria[0]).toMatchObject({ id: 'beds', status: 'not-met' });
    const stored = (await h.api('GET', `/api/submissions/${id}`, { as: 'insta' })).body;
    expect(stored.score).toMatchObject({ checklistVersion: 2, revision: 2 });
    expect((await h.api('POST', `/api/rounds/${ROUND_ID}/rescore`, { as: 'admin', body: { checklistVersion: 9 } })).status).toBe(404);
  });

  it('a closed round accepts no more saves or submits', async () => {
    const round = (await h.api('GET', `/api/rounds/${ROUND_ID}`, { as: 'admin' })).body;
    const { id: _id, version, createdAt: _c, updatedAt: _u, audit: _a, ...fields } = round;
    const closed = await h.api('PUT', `/api/rounds/${ROUND_ID}`, { as: 'admin', body: { ...fields, version, status: 'closed' } });
    expect(closed.status).toBe(200);
    const id = `${ROUND_ID}.inst-b.self`;
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'instb' })).body;
    const save = await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: current.version, answers: { beds: 30 } } });
    expect([save.status, save.body.error.code]).toEqual([409, 'invalid-state']);
    const submit = await h.api('POST', `/api/submissions/${id}/submit`, { as: 'instb', body: { version: current.version } });
    expect(submit.status).toBe(409);
  });

  it('an export in an unknown format is a 400 naming the formats, not a silent XLSX', async () => {
    const res = await h.api('GET', `/api/rounds/${ROUND_ID}/results/export?format=pdf`, { as: 'admin' });
    expect([res.status, res.body.error?.code]).toEqual([400, 'invalid-parameter']);
    expect(res.body.error.details.issues[0].path).toBe('/format');
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}/results/export?format=xlsx`, { as: 'admin' })).status).toBe(200);
  });

  it('a return comment on a criterion the checklist does not have is a 400 and writes nothing', async () => {
    const id = `${ROUND_ID}.inst-a.self`;
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    expect(current.status).toBe('scored');
    const before = await h.snapshot();
    const res = await h.api('POST', `/api/submissions/${id}/return`, { as: 'admin', body: { version: current.version, comment: '补充', criterionId: 'ghost' } });
    expect([res.status, res.body.error?.code]).toEqual([400, 'invalid-body']);
    expect(res.body.error.details.issues[0]).toMatchObject({ path: '/criterionId', code: 'unknown-criterion' });
    expect(await h.snapshot()).toBe(before);
  });

  it('a submission cannot be returned in a closed round, where its author could no longer save it: 409, nothing written', async () => {
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}`, { as: 'admin' })).body.status).toBe('closed');
    const id = `${ROUND_ID}.inst-a.self`;
    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    expect(current.status).toBe('scored');
    const before = await h.snapshot();
    for (const who of ['admin', 'expert'] as const) {
      const res = await h.api('POST', `/api/submissions/${id}/return`, { as: who, body: { version: current.version, comment: '补充' } });
      expect([who, res.status, res.body.error?.code]).toEqual([who, 409, 'invalid-state']);
      expect(res.body.error.message).toMatch(/closed/);
    }
    expect(await h.snapshot()).toBe(before);
  });
});
