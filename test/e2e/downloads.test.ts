import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeadline } from '../../seeds/demo-data.js';
import { shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { submitSelf } from './expert-steps.js';
import { seedLargeRound } from './large-round.js';
import { ownBrowser } from './own-browser.js';

/**
 * What a commission officer downloads, opened and read as they would (issue 12): the dashboard's
 * XLSX for a filter and the round's remind list CSV; and the accounts list and the XLSX with the
 * API on its own origin, as deployed. The accounts page's normal path: accounts-page.test.ts.
 */
let rig: BrowserRig;
/** Ten seeded institutions in five counties, every one self-evaluated, the odd-numbered ones by the expert too (scored, full results kept). */
const DASHBOARD_ROUND = 'e2e-exports';
const REMIND_ROUND = 'e2e-remind';
const CHECKLIST = 'haining-hospital-2023';
beforeAll(async () => {
  rig = await startBrowserRig();
  await seedLargeRound(rig.local.repos, { roundId: DASHBOARD_ROUND, count: 10, withResults: 20, expertEvery: 2 });
}, 300_000);
const own = ownBrowser();
afterAll(async () => {
  await own.close();
  await rig?.close();
});

const ownBrowserPage = own.page;

const enc = encodeURIComponent;

/** Clicks `button` and returns the file the browser was handed. */
async function downloadOf(page: Page, button: ReturnType<Page['getByRole']>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  return download;
}

/** A sheet as objects keyed by its header row. */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): Record<string, unknown>[] {
  if (!sheet) return [];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(header.map((h, i) => [h, (row.values as unknown[]).slice(1)[i] ?? null])));
  });
  return out;
}

describe('what an officer downloads', () => {
  it('导出 XLSX writes every sheet of the dashboard for the filter shown: actual, target, gap and status in Chinese, the checklist version, only the filtered institutions', { timeout: 240_000 }, async () => {
    // large-round.ts puts institution n in county (n mod 5) + 1: 测试县2 holds numbers 1 and 6; the expert evaluated 1 when seeded.
    const seeded = `${DASHBOARD_ROUND}-inst-0001`;
    const onSite = `${DASHBOARD_ROUND}-inst-0006`;
    const shown = [seeded, onSite];
    // The expert evaluates 6 on site and finds its provincial rank on the other side of "top ten" from what it reported.
    const own = (await rig.api('admin', 'GET', `/api/submissions/${enc(`${DASHBOARD_ROUND}.${onSite}.self`)}`)).body as { answers: { technology: { provincialRank: number } } };
    const reported = own.answers.technology.provincialRank;
    const found = reported <= 10 ? 15 : 5;
    const draft = await rig.api('expert', 'POST', '/api/submissions', { roundId: DASHBOARD_ROUND, institutionId: onSite, kind: 'expert' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const saved = await rig.api('expert', 'PUT', `/api/submissions/${enc(draft.body.id)}`, { version: draft.body.version, answers: { ...own.answers, technology: { ...own.answers.technology, provincialRank: found } } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await rig.api('expert', 'POST', `/api/submissions/${enc(draft.body.id)}/submit`, { version: saved.body.version })).status).toBe(202);
    await expect.poll(async () => (await rig.api('admin', 'GET', `/api/submissions/${enc(draft.body.id)}`)).body.status, { timeout: 60_000 }).toBe('scored');

    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/rounds/${DASHBOARD_ROUND}/dashboard`);
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('dashboard-shown').textContent(), { timeout: 30_000 }).toBe('显示 10 / 10 个机构');
    await page.getByRole('combobox', { name: /^所属地区/ }).click();
    await page.getByRole('option', { name: '测试县2', exact: true }).click();
    await expect.poll(() => page.getByTestId('dashboard-shown').textContent(), { timeout: 30_000 }).toBe('显示 2 / 10 个机构');

    const download = await downloadOf(page, page.getByRole('button', { name: '导出 XLSX' }));
    expect(download.suggestedFilename()).toBe(`round-${DASHBOARD_ROUND}-dashboard.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    // The dashboard's blocks (ranking, not met, heat map, self vs expert) and the round export's tables behind them.
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '排名', '指标未达标排行', '热力图', '机构', '地区汇总', '指标明细', '自评与专家差异']);

    // Only the filtered institutions, on every sheet that lists institutions.
    const ids = (sheet: string) => [...new Set(rowsOf(book.getWorksheet(sheet)).map((r) => r.机构编号))].sort();
    for (const sheet of ['排名', '热力图', '机构', '指标明细']) expect(ids(sheet), sheet).toEqual(shown);
    expect(rowsOf(book.getWorksheet('地区汇总')).map((r) => [r.地区编号, r.地区, r.机构数])).toEqual([[`${DASHBOARD_ROUND}-region-2`, '测试县2', 2]]);
    // The rank the expert found differs from the one reported: a row of its own, in words.
    const statusOf = (rank: number) => (rank <= 10 ? '达标' : '未达标');
    const differences = rowsOf(book.getWorksheet('自评与专家差异'));
    expect(differences.find((r) => r.指标编号 === 'renmin-top10')).toMatchObject({ 机构编号: onSite, 指标: '市人民医院整体实力居全省县级医院前十强', 自评状态: statusOf(reported), 专家状态: statusOf(found) });
    for (const r of differences) expect(shown).toContain(r.机构编号);

    // The checklist version that scored every row, and the summary saying so.
    const { version } = (await rig.api('admin', 'GET', `/api/checklists/${CHECKLIST}`)).body as { version: number };
    const summary = Object.fromEntries(rowsOf(book.getWorksheet('概况')).map((r) => [r.项目, r.内容]));
    expect(summary).toMatchObject({ 评分所用评估表版本: `v${version}`, 混合版本: '否' });
    const details = rowsOf(book.getWorksheet('指标明细'));
    expect(new Set(details.map((r) => r.评估表版本))).toEqual(new Set([version]));
    for (const id of shown) expect(new Set(details.filter((r) => r.机构编号 === id).map((r) => r.评估类型)), id).toEqual(new Set(['自评', '专家评估']));

    // A criterion read on its own: the provincial rank against "top ten", with its gap when missed.
    for (const [institution, kind, word] of [[seeded, 'self', '自评'], [seeded, 'expert', '专家评估'], [onSite, 'self', '自评'], [onSite, 'expert', '专家评估']] as const) {
      const rank = (await rig.api('admin', 'GET', `/api/submissions/${enc(`${DASHBOARD_ROUND}.${institution}.${kind}`)}`)).body.answers.technology.provincialRank as number;
      const row = details.find((r) => r.机构编号 === institution && r.评估类型 === word && r.指标编号 === 'renmin-top10');
      expect(row, `${institution} ${kind}`).toMatchObject({ 指标: '市人民医院整体实力居全省县级医院前十强', 实际数值: rank, 状态: statusOf(rank) });
      expect(String(row!.实际值)).toContain(String(rank));
      expect(String(row!.目标)).toContain('10');
      if (rank > 10) expect(row).toMatchObject({ 差距数值: rank - 10, 差距: expect.stringContaining(String(rank - 10)) });
      else expect(row).toMatchObject({ 差距: null, 差距数值: null });
    }
    // Every status in words, none of the engine's codes.
    expect(new Set(details.map((r) => r.状态)).size).toBeGreaterThan(1);
    for (const status of new Set(details.map((r) => r.状态))) expect(['达标', '部分达标', '未达标', '待填', '不适用', '参考项']).toContain(status);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('导出催报名单 is a CSV with a BOM, the deadline, and who still owes a self-evaluation (not started, draft) or an expert evaluation', { timeout: 240_000 }, async () => {
    const sample = JSON.parse(await readFile(`forms/${CHECKLIST}/samples/renmin-2025-all-met.json`, 'utf8')) as { answers: Record<string, unknown> };
    const { version } = (await rig.api('admin', 'GET', `/api/checklists/${CHECKLIST}`)).body as { version: number };
    const smoke = await rig.api('admin', 'POST', '/api/institutions', { id: 'smoke-hospital', name: { zh: '测试医院', en: 'Test hospital' }, regionId: 'haining', context: { hospital: 'renmin', institutionType: 'general', grade: '3-b' } });
    expect([201, 409]).toContain(smoke.status);
    const deadline = demoDeadline('05-31');
    const round = await rig.api('admin', 'POST', '/api/rounds', {
      id: REMIND_ROUND, name: { zh: '催报测试轮次', en: 'Remind test round' }, checklistId: CHECKLIST, checklistVersion: version, type: 'annual', year: 2026, deadline,
      institutionIds: ['haining-renmin', 'haining-tcm', 'haining-zhongxin', 'smoke-hospital'], expertIds: ['expert'],
    });
    expect(round.status, JSON.stringify(round.body)).toBe(201);
    // smoke-hospital: both evaluations done, owes nothing. haining-renmin: both drafts.
    // haining-zhongxin: self-evaluated (by the administrator), the expert's still owed. haining-tcm: nothing started.
    await submitSelf(rig, 'smoke', REMIND_ROUND, sample.answers);
    const expertDone = await rig.api('expert', 'POST', '/api/submissions', { roundId: REMIND_ROUND, institutionId: 'smoke-hospital', kind: 'expert' });
    expect(expertDone.status, JSON.stringify(expertDone.body)).toBe(201);
    const saved = await rig.api('expert', 'PUT', `/api/submissions/${enc(expertDone.body.id)}`, { version: expertDone.body.version, answers: sample.answers });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await rig.api('expert', 'POST', `/api/submissions/${enc(expertDone.body.id)}/submit`, { version: saved.body.version })).status).toBe(202);
    expect((await rig.api('inst1', 'POST', '/api/submissions', { roundId: REMIND_ROUND, kind: 'self' })).status).toBe(201);
    expect((await rig.api('expert', 'POST', '/api/submissions', { roundId: REMIND_ROUND, institutionId: 'haining-renmin', kind: 'expert' })).status).toBe(201);
    const zhongxin = await rig.api('admin', 'POST', '/api/submissions', { roundId: REMIND_ROUND, institutionId: 'haining-zhongxin', kind: 'self' });
    expect(zhongxin.status, JSON.stringify(zhongxin.body)).toBe(201);
    const zhongxinSaved = await rig.api('admin', 'PUT', `/api/submissions/${enc(zhongxin.body.id)}`, { version: zhongxin.body.version, answers: sample.answers });
    expect(zhongxinSaved.status, JSON.stringify(zhongxinSaved.body)).toBe(200);
    expect((await rig.api('admin', 'POST', `/api/submissions/${enc(zhongxin.body.id)}/submit`, { version: zhongxinSaved.body.version })).status).toBe(202);

    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/rounds/${REMIND_ROUND}`);
    // The page shows the stages the list is made from: self 1 not started, 1 draft, 2 done; expert 2 not started, 1 draft, 1 done.
    await page.locator('[data-side="self"][data-stage="not-started"][data-count="1"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-side="self"][data-stage="draft"][data-count="1"]').waitFor();
    await expect.poll(async () => (await page.locator('[data-side="self"][data-stage="scored"]').getAttribute('data-count')) ?? '', { timeout: 60_000 }).toBe('2');
    await expect.poll(async () => Number(await page.locator('[data-side="expert"][data-stage="submitted"]').getAttribute('data-count')) + Number(await page.locator('[data-side="expert"][data-stage="scored"]').getAttribute('data-count')), { timeout: 60_000 }).toBe(1);
    await page.locator('[data-side="expert"][data-stage="not-started"][data-count="2"]').waitFor();
    await page.locator('[data-side="expert"][data-stage="draft"][data-count="1"]').waitFor();

    const download = await downloadOf(page, page.getByRole('button', { name: '导出催报名单' }));
    expect(download.suggestedFilename()).toBe(`round-${REMIND_ROUND}-remind.csv`);
    const bytes = await readFile((await download.path())!);
    // A byte-order mark first, so Excel reads the Chinese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('编号,机构,所属地区,截止日期,自评待办,专家评估待办,最近更新');
    const rows = lines.slice(1).map((line) => line.split(','));
    // In the page's order (region, then name in pinyin); the one that owes nothing is left out.
    expect(rows.map((r) => r.slice(0, 6))).toEqual([
      ['haining-renmin', '海宁市人民医院', '海宁市', deadline, '草稿', '草稿'],
      ['haining-zhongxin', '海宁市中心医院', '海宁市', deadline, '', '未开始'],
      ['haining-tcm', '海宁市中医院', '海宁市', deadline, '未开始', '未开始'],
    ]);
    // When each participant's evaluations last moved, as a commission's clock reads it (China time,
    // `2026-12-03 20:28`, not ISO UTC); one with nothing started has none.
    expect(rows.map((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[6]!))).toEqual([true, true, false]);
    const chinaClock = Date.parse(`${rows[0]![6]!.replace(' ', 'T')}:00+08:00`);
    expect(Math.abs(Date.now() - chinaClock)).toBeLessThan(30 * 60_000);
    await shot(page, 'remind-list-round-1280');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the API on its own origin, as deployed', () => {
  it('the accounts list and 导出 XLSX call the API where /config.json says it is, not the web origin', { timeout: 240_000 }, async () => {
    // Deployed, the API has its own origin and the web origin's CDN answers any unknown path,
    // /api/… included, with the app's index.html. Here: the same server under a second name
    // (127.0.0.1 for localhost), with the CORS headers API Gateway would add.
    const apiOrigin = rig.baseUrl.replace('localhost', '127.0.0.1');
    const page = await ownBrowserPage(true);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(`${rig.baseUrl}/config.json`, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, json: { ...(await res.json()), apiUrl: apiOrigin } });
    });
    await page.route(`${rig.baseUrl}/api/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>达标</title><div id="root"></div>' }));
    await page.route(`${apiOrigin}/**`, async (route) => {
      const cors = {
        'access-control-allow-origin': rig.baseUrl, 'access-control-allow-headers': 'authorization,content-type,if-none-match',
        'access-control-allow-methods': 'GET,POST,PUT,DELETE', 'access-control-expose-headers': 'etag,content-disposition',
      };
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      const res = await route.fetch();
      // The body arrives decoded: its encoding and length headers no longer describe it.
      const { 'content-encoding': _e, 'content-length': _l, ...headers } = res.headers();
      await route.fulfill({ response: res, headers: { ...headers, ...cors } });
    });
    await page.goto(`${rig.baseUrl}/login`);
    await page.getByLabel(/用户名/).fill('admin');
    await page.getByLabel(/^密码/).fill('demo');
    await page.getByRole('button', { name: /^登录$/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 60_000 });

    await page.goto(`${rig.baseUrl}/admin/accounts`);
    await page.locator('td.card-title', { hasText: /^inst1$/ }).waitFor({ timeout: 60_000 });
    await page.goto(`${rig.baseUrl}/admin/rounds/${DASHBOARD_ROUND}/dashboard`);
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    const download = await downloadOf(page, page.getByRole('button', { name: '导出 XLSX' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    expect(book.worksheets[0]!.name).toBe('概况');
    expect(rowsOf(book.getWorksheet('排名'))).toHaveLength(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
