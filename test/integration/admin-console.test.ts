import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, ROUND_ID, startHarness, type Harness } from './harness.js';

/** The administrator's console API: institution import, round progress, dashboard and its export, history. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: 1024 * 1024 });
});
afterAll(() => h?.close());

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const header = '机构编号 (id),机构名称 (name),英文名称 (nameEn),所属地区编号 (regionId),机构类型 (institutionType),服务人口 (population)';
const csv = (...lines: string[]) => [header, ...lines].join('\r\n');
const post = (body: string | Uint8Array, type = CSV) => h.api('POST', '/api/institutions/import', { as: 'admin', raw: body as BodyInit, headers: { 'content-type': type } });

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('机构');
  sheet.addRow(header.split(','));
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function sheets(res: Response): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return new Map(wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []))]));
}

describe('institution import', () => {
  beforeAll(async () => {
    // A second institution checklist that reads the population: the import takes what some published institution checklist declares.
    const definition = (await h.api('GET', '/api/checklists/it-mini', { as: 'admin' })).body.definition;
    const population = { id: 'population', label: { zh: '服务人口' }, kind: 'number' };
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: { ...definition, id: 'it-import', version: 1, context: [...definition.context, population] } })).status).toBe(201);
  });

  it('names every bad row and column and writes nothing; fixed, it imports all; sent again, it changes nothing', async () => {
    const before = await h.snapshot();
    const bad = await post(csv('imp-1,一院,,reg,general,35', 'imp 2,二院,,reg,general,12', 'imp-3,,,nowhere,tcm,', 'imp-1,重复,,reg,general,1', 'imp-5,五院,,reg,county-general,很多'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('4 row(s)');
    const issues = bad.body.error.details.issues as { path: string; code: string; params: Record<string, unknown> }[];
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/rows/3/id invalid-id',
      '/rows/4/name required',
      '/rows/4/regionId unknown-region',
      '/rows/5/id duplicate-id',
      '/rows/6/institutionType not-allowed',
      '/rows/6/population not-a-number',
    ]);
    // The column as the file's header names it, and what the checklists allow there.
    expect(issues[4]!.params).toMatchObject({ row: 6, header: '机构类型 (institutionType)', value: 'county-general', allowed: 'general, tcm' });
    expect(await h.snapshot()).toBe(before);

    const good = csv('imp-1,一院,First,reg,general,35', 'imp-2,二院,,reg,general,12', 'imp-3,"三院, 分院",,reg,tcm,');
    const ok = await post(good);
    expect([ok.status, ok.body]).toEqual([200, { rows: 3, created: 3, unchanged: 0 }]);
    const one = (await h.api('GET', '/api/institutions/imp-1', { as: 'admin' })).body;
    expect(one).toMatchObject({ name: { zh: '一院', en: 'First' }, regionId: 'reg', context: { institutionType: 'general', population: 35 } });
    expect(one.audit[0]).toMatchObject({ action: 'create', by: 'admin', changes: { source: 'import' } });
    expect((await h.api('GET', '/api/institutions/imp-3', { as: 'admin' })).body.name.zh).toBe('三院, 分院');

    // A retry after a failure midway sends the same file: what is there already is recognised.
    expect((await post(good)).body).toEqual({ rows: 3, created: 0, unchanged: 3 });
    const changed = await post(csv('imp-1,一院改名,,reg,general,35', 'imp-4,四院,,reg,general,1'));
    expect(changed.status).toBe(400);
    expect(changed.body.error.details.issues).toEqual([expect.objectContaining({ path: '/rows/2/id', code: 'exists' })]);
    expect((await h.api('GET', '/api/institutions/imp-4', { as: 'admin' })).status).toBe(404);
  });

  it('reads XLSX (numbers stay numbers) and its row numbers are the sheet\'s', async () => {
    const bad = await post(await workbook([['x-1', '甲院', '', 'reg', 'general', 20], ['x-2', '乙院', '', 'reg-missing', 'general', 20]]), XLSX);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([expect.objectContaining({ path: '/rows/3/regionId', code: 'unknown-region', params: expect.objectContaining({ row: 3, value: 'reg-missing' }) })]);
    const ok = await post(await workbook([['x-1', '甲院', '', 'reg', 'general', 20], ['x-2', '乙院', '', 'reg', 'general', 20]]), XLSX);
    expect([ok.status, ok.body.created]).toEqual([200, 2]);
    expect((await h.api('GET', '/api/institutions/x-2', { as: 'admin' })).body.context).toEqual({ institutionType: 'general', population: 20 });
  });

  it('refuses what is not a sheet, too many rows, other roles; the template downloads', async () => {
    expect((await post('not a zip', XLSX)).body.error.details.issues[0].code).toBe('not-xlsx');
    expect((await post('{}', 'application/json')).status).toBe(415);
    const many = csv(...Array.from({ length: 5001 }, (_, i) => `m-${i},院${i},,reg,general,1`));
    const refused = await post(many);
    expect([refused.status, refused.body.error.details.issues[0].code]).toEqual([400, 'too-many-rows']);
    expect((await h.api('POST', '/api/institutions/import', { as: 'insta', raw: csv('a,b,,reg,,'), headers: { 'content-type': CSV } })).status).toBe(403);
    const template = await h.api('GET', '/api/institutions/import/template', { as: 'admin' });
    expect(template.status).toBe(200);
    const tabs = await sheets(template.body as Response);
    expect(tabs.get('机构 institutions')![0]).toEqual(['机构编号 (id)', '机构名称 (name)', '英文名称（可空） (nameEn)', '所属地区编号 (regionId)', '类别 (institutionType)', '服务人口 (population)']);
    expect(tabs.get('地区 regions')!.slice(1).map((r) => r[0])).toContain('reg');
    expect(tabs.get('可填值 values')!.slice(1).map((r) => r.slice(0, 3))).toContainEqual(['类别 (institutionType)', 'tcm', '中医']);
  });

  it('the template as downloaded imports nothing (its example row is a note); with the note mark removed, its example imports with no problem', async () => {
    const template = new Uint8Array(await ((await h.api('GET', '/api/institutions/import/template', { as: 'admin' })).body as Response).arrayBuffer());
    const unchanged = await post(template, XLSX);
    expect([unchanged.status, unchanged.body.error.details.issues.map((i: { code: string }) => i.code)]).toEqual([400, ['empty']]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.buffer as ArrayBuffer);
    const cell = wb.worksheets[0]!.getCell('A2');
    expect(cell.value).toBe('#example-county-hospital');
    cell.value = 'example-county-hospital';
    const edited = await post(new Uint8Array(await wb.xlsx.writeBuffer()), XLSX);
    expect([edited.status, edited.body]).toEqual([200, { rows: 1, created: 1, unchanged: 0 }]);
    expect((await h.api('GET', '/api/institutions/example-county-hospital', { as: 'admin' })).body).toMatchObject({ name: { zh: '示例县人民医院' }, context: { institutionType: 'general' } });
  });
});

describe('round progress, dashboard, history', () => {
  it('follows each participant from not started to scored, and a re-score to done', async () => {
    const start = (await h.api('GET', `/api/rounds/${ROUND_ID}/progress`, { as: 'admin' })).body;
    expect(start.counts.self).toEqual({ 'not-started': 2, draft: 0, submitted: 0, returned: 0, scored: 0 });
    const { id } = await draftFor(h);
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}/progress`, { as: 'admin' })).body.participants[0]).toMatchObject({ institutionId: 'inst-a', self: { stage: 'draft', submissionId: id } });
    expect((await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 20, hasIcu: false } } })).status).toBe(200);
    expect((await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: 2 } })).status).toBe(202);
    await h.local.queue.idle();
    const scored = (await h.api('GET', `/api/rounds/${ROUND_ID}/progress`, { as: 'admin' })).body;
    expect(scored.counts.self).toMatchObject({ 'not-started': 1, scored: 1 });
    expect(scored.rescore).toMatchObject({ checklistVersion: 1, total: 1, done: 1, pending: 0, last: null });

    const definition = (await h.api('GET', '/api/checklists/it-mini', { as: 'admin' })).body.definition;
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: { ...definition, version: 2 } })).status).toBe(201);
    expect((await h.api('POST', `/api/rounds/${ROUND_ID}/rescore`, { as: 'admin', body: { checklistVersion: 2 } })).status).toBe(202);
    await h.local.queue.idle();
    const moved = (await h.api('GET', `/api/rounds/${ROUND_ID}/progress`, { as: 'admin' })).body.rescore;
    expect(moved).toMatchObject({ checklistVersion: 2, total: 1, done: 1, pending: 0, last: { by: 'admin', from: 1, to: 2 } });
    expect((await h.api('GET', `/api/rounds/${ROUND_ID}/progress`, { as: 'insta' })).status).toBe(403);
  });

  it('the dashboard is compact: participants in columns, section scores, one status digit per criterion', async () => {
    const d = (await h.api('GET', `/api/rounds/${ROUND_ID}/dashboard`, { as: 'admin' })).body;
    expect(d.format).toBe('columns/1');
    expect(d.criteria.map((c: { id: string }) => c.id)).toEqual(['beds', 'icu']);
    expect(d.institutions.id).toEqual(['inst-a', 'inst-b']);
    expect(d.types[d.institutions.type[0]]).toBe('general');
    expect([d.stages[d.institutions.selfStage[0]], d.stages[d.institutions.selfStage[1]]]).toEqual(['scored', 'not-started']);
    // Only inst-a is scored. beds 20 ≥ 10 met (weight 2), no ICU not met (weight 1): 2 of 3 points.
    expect(d.self).toMatchObject({ row: [0], statuses: ['02'], sections: [[66.7]], checklistVersion: [2] });
    expect(d.statusCodes.slice(0, 3)).toEqual(['met', 'partial', 'not-met']);
    expect(d.self.total[0]).toBeCloseTo(66.7, 1);
    expect(d.expert.row).toEqual([]);
  });

  it('exports the dashboard to XLSX in Chinese, filtered by region and type', async () => {
    const res = await h.api('GET', `/api/rounds/${ROUND_ID}/dashboard/export?institutionType=general`, { as: 'admin' });
    expect([res.status, res.headers.get('content-type')]).toEqual([200, XLSX]);
    const tabs = await sheets(res.body as Response);
    expect([...tabs.keys()]).toEqual(['概况', '排名', '指标未达标排行', '热力图', '机构', '地区汇总', '指标明细', '自评与专家差异']);
    expect(new Set(tabs.get('指标明细')!.slice(1).map((row) => row[0]))).toEqual(new Set(['inst-a']));
    const ranking = tabs.get('排名')!;
    expect(ranking[1]).toEqual(expect.arrayContaining([1, 'inst-a', '已评分', 66.7]));
    expect(tabs.get('热力图')![1]).toEqual(['inst-a', '医院inst-a', '达标', '未达标']);
    const none = await sheets((await h.api('GET', `/api/rounds/${ROUND_ID}/dashboard/export?regionId=elsewhere`, { as: 'admin' })).body as Response);
    expect(none.get('排名')!.length).toBe(1);
  });

  it("lists one institution's scores across rounds", async () => {
    const history = (await h.api('GET', '/api/institutions/inst-a/history', { as: 'admin' })).body;
    expect(history.points).toEqual([expect.objectContaining({ roundId: ROUND_ID, kind: 'self', checklistVersion: 2, criteria: { beds: 'met', icu: 'not-met' } })]);
    expect(history.criterionTitles['it-mini'].beds).toEqual({ zh: '床位' });
    expect((await h.api('GET', '/api/institutions/nope/history', { as: 'admin' })).status).toBe(404);
  });

  it("a region over time: its institutions' scores per round in aggregate (mean total, share met per criterion)", async () => {
    const history = (await h.api('GET', '/api/regions/reg/history', { as: 'admin' })).body;
    expect(history.region.id).toBe('reg');
    expect(history.own).toEqual([]);
    // inst-a and inst-b take part; only inst-a is scored (beds met, icu not met, 66.7).
    expect(history.aggregates).toEqual([
      expect.objectContaining({ roundId: ROUND_ID, kind: 'self', participants: 2, scored: 1, meanTotal: 66.7, checklistVersion: 2, criteria: { beds: { met: 1, judged: 1 }, icu: { met: 0, judged: 1 } } }),
    ]);
    expect(history.criterionTitles['it-mini'].beds).toEqual({ zh: '床位' });
    expect((await h.api('GET', '/api/regions/nope/history', { as: 'admin' })).status).toBe(404);
    expect((await h.api('GET', '/api/regions/reg/history', { as: 'insta' })).status).toBe(403);
  });

  it('shows a score in the next dashboard read once it lands (nothing cached from the read before)', async () => {
    const before = (await h.api('GET', `/api/rounds/${ROUND_ID}/dashboard`, { as: 'admin' })).body;
    expect(before.self.row).toEqual([0]);
    const { id } = await draftFor(h, 'instb', 'inst-b');
    expect((await h.api('PUT', `/api/submissions/${id}`, { as: 'instb', body: { version: 1, answers: { beds: 5, hasIcu: true } } })).status).toBe(200);
    expect((await h.api('POST', `/api/submissions/${id}/submit`, { as: 'instb', body: { version: 2 } })).status).toBe(202);
    await h.local.queue.idle();
    const after = (await h.api('GET', `/api/rounds/${ROUND_ID}/dashboard`, { as: 'admin' })).body;
    expect(after.self.row).toEqual([0, 1]);
    expect(after.stages[after.institutions.selfStage[1]]).toBe('scored');
    // beds 5 < 10 not met, an ICU met (weight 1): 1 of 3 points.
    expect(after.self.statuses[1]).toBe('20');
    expect(after.self.total[1]).toBeCloseTo(33.3, 1);
  });

  it('tags the dashboard (weak ETag): the same tag back is a 304 without a body until a participant or a score changes', async () => {
    const path = `/api/rounds/${ROUND_ID}/dashboard`;
    const first = await h.api('GET', path, { as: 'admin' });
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^W\/"[0-9a-f]{28}"$/);
    const again = await h.api('GET', path, { as: 'admin', headers: { 'if-none-match': tag } });
    expect([again.status, again.text, again.headers.get('etag')]).toEqual([304, '', tag]);
    // Scores stay out of browser caches; the page keeps the reply and sends the tag itself.
    expect(again.headers.get('cache-control')).toBe('no-store');
    // Another tag, or the tag without a right to the round, is answered in full (or refused).
    expect((await h.api('GET', path, { as: 'admin', headers: { 'if-none-match': 'W/"0"' } })).status).toBe(200);
    expect((await h.api('GET', path, { as: 'insta', headers: { 'if-none-match': tag } })).status).toBe(403);

    // Renaming a participant changes the reply, so the old tag gets it in full, with a new tag.
    const inst = (await h.api('GET', '/api/institutions/inst-b', { as: 'admin' })).body;
    expect((await h.api('PUT', '/api/institutions/inst-b', { as: 'admin', body: { version: inst.version, name: { zh: '改名医院' }, regionId: inst.regionId } })).status).toBe(200);
    const renamed = await h.api('GET', path, { as: 'admin', headers: { 'if-none-match': tag } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.institutions.name[1]).toEqual({ zh: '改名医院' });
    const tag2 = renamed.headers.get('etag')!;
    expect(tag2).not.toBe(tag);
    expect((await h.api('GET', path, { as: 'admin', headers: { 'if-none-match': tag2 } })).status).toBe(304);

    // So does a score landing: inst-a's self-evaluation scored again.
    const submissionId = renamed.body.self.submissionId[0] as string;
    const { version } = (await h.api('GET', `/api/submissions/${encodeURIComponent(submissionId)}`, { as: 'admin' })).body;
    expect((await h.api('POST', `/api/submissions/${encodeURIComponent(submissionId)}/rescore`, { as: 'admin', body: { version } })).status).toBe(202);
    await h.local.queue.idle();
    const rescored = await h.api('GET', path, { as: 'admin', headers: { 'if-none-match': tag2 } });
    expect(rescored.status).toBe(200);
    expect(rescored.headers.get('etag')).not.toBe(tag2);
  });
});
