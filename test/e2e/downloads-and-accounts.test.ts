import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeadline } from '../../seeds/demo-data.js';
import { CHROMIUM_ARGS, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { submitSelf } from './expert-steps.js';
import { seedLargeRound } from './large-round.js';

/**
 * What a commission officer downloads, opened and read as they would (issue 12): the dashboard's
 * XLSX for a filter and the round's remind list CSV; and the accounts page's normal path, from a
 * new institution account to its refused sign-in once disabled.
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
/** A second browser for a user who is not the harness's (its profile is shared by every signedIn page). */
let second: Browser | undefined;
afterAll(async () => {
  await second?.close();
  await rig?.close();
});

/** A fresh page in a browser of its own, in Chinese at 1280 × 800; `blockWorkers` keeps every request visible to page.route. */
async function ownBrowserPage(blockWorkers = false): Promise<Page> {
  second ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await second.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 }, ...(blockWorkers ? { serviceWorkers: 'block' as const } : {}) });
  return context.newPage();
}

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
    expect(summary).toMatchObject({ 评分所用清单版本: `v${version}`, 混合版本: '否' });
    const details = rowsOf(book.getWorksheet('指标明细'));
    expect(new Set(details.map((r) => r.清单版本))).toEqual(new Set([version]));
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
    // When each self-evaluation last moved: a draft or a submission has a time, one not started has none.
    expect(rows.map((r) => r[6] !== '' && !Number.isNaN(Date.parse(r[6]!)))).toEqual([true, true, false]);
    await shot(page, 'remind-list-round-1280');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the accounts page, normal path', () => {
  it('an admin creates an institution account and resets its password (shown once); its user signs in, must change it, and shows as signed in; disabled, the sign-in is refused in Chinese', { timeout: 240_000 }, async () => {
    const username = 'e2e.tcm';
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/accounts`);
    await page.getByLabel(/^用户名/).fill(username);
    await page.getByLabel(/^名称/).fill('中医院信息科');
    // 医疗机构 is the role the form starts with; the institution is picked by name.
    expect(await page.getByRole('combobox', { name: /^角色/ }).textContent()).toBe('医疗机构');
    await page.getByRole('combobox', { name: /^机构或地区/ }).click();
    await page.getByRole('option', { name: '海宁市中医院 (haining-tcm)' }).click();
    await page.getByRole('button', { name: '创建', exact: true }).click();
    const shownOnce = page.getByTestId('one-time-password');
    const passwordIn = async () => /^(\S+) · 一次性密码（只显示这一次，请转交本人）：(\S+)$/.exec((await shownOnce.textContent({ timeout: 30_000 })) ?? '');
    await expect.poll(async () => (await passwordIn())?.[1], { timeout: 30_000 }).toBe(username);
    const first = (await passwordIn())![2]!;
    // The form is ready for the next account: a second 创建 would otherwise be refused as a taken name.
    expect(await page.getByLabel(/^用户名/).inputValue()).toBe('');

    const row = page.locator('tr').filter({ has: page.locator('td.card-title', { hasText: new RegExp(`^${username.replace('.', '\\.')}$`) }) });
    const cell = (name: string) => row.locator(`td[data-label="${name}："]`);
    await expect.poll(() => cell('机构或地区').textContent(), { timeout: 30_000 }).toBe('海宁市中医院');
    expect(await cell('角色').textContent()).toBe('医疗机构');
    expect(await cell('最近登录').textContent()).toBe('从未登录');
    expect(await cell('状态').textContent()).toBe('启用');

    await row.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(async () => (await passwordIn())?.[2], { timeout: 30_000 }).not.toBe(first);
    const reset = (await passwordIn())![2]!;
    expect((await passwordIn())![1]).toBe(username);
    await shot(page, 'accounts-one-time-password-1280');
    // The reset replaced the first password.
    const login = (password: string) => fetch(`${rig.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    expect((await login(first)).status).toBe(401);
    // Shown once: not kept by the page nor sent by the list.
    await page.reload();
    await cell('状态').waitFor({ timeout: 60_000 });
    expect(await shownOnce.count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain(reset);
    expect(JSON.stringify((await rig.api('admin', 'GET', '/api/users')).body)).not.toContain(reset);

    // The new user, in a browser of their own, signs in with the one-time password and must replace it first.
    const signIn = async (password: string) => {
      const user = await ownBrowserPage();
      await user.goto(`${rig.baseUrl}/login`);
      await user.getByLabel(/用户名/).fill(username);
      await user.getByLabel(/^密码/).fill(password);
      await user.getByRole('button', { name: /^登录$/ }).click();
      return user;
    };
    const user = await signIn(reset);
    const userErrors: string[] = [];
    user.on('pageerror', (e) => userErrors.push(String(e)));
    await user.waitForURL(/\/password$/, { timeout: 60_000 });
    await user.getByText('您正在使用一次性密码登录').waitFor();
    await user.getByLabel('当前密码', { exact: false }).fill(reset);
    await user.getByLabel(/^新密码/).fill('Autumn-leaf-2026');
    await user.getByLabel(/^确认新密码/).fill('Autumn-leaf-2026');
    await user.getByRole('button', { name: '保存新密码' }).click();
    await user.waitForURL(/\/inst$/, { timeout: 60_000 });
    await user.getByTestId('user').filter({ hasText: username }).waitFor({ timeout: 30_000 });
    expect(userErrors).toEqual([]);
    await user.context().close();

    // The administrator sees the sign-in, then disables the account from its row.
    await page.reload();
    await expect.poll(() => cell('最近登录').textContent(), { timeout: 60_000 }).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日/);
    const { lastSignInAt } = (await rig.api('admin', 'GET', '/api/users')).body.items.find((u: { username: string }) => u.username === username) as { lastSignInAt: string };
    expect(Date.now() - Date.parse(lastSignInAt)).toBeLessThan(10 * 60_000);
    await row.getByRole('button', { name: '停用' }).click();
    await expect.poll(() => cell('状态').textContent(), { timeout: 30_000 }).toBe('已停用');
    expect(await row.getByRole('button', { name: '启用' }).count()).toBe(1);
    await shot(page, 'accounts-disabled-1280');
    expect(errors).toEqual([]);
    await page.close();

    // Its right password no longer signs in: the page says why, in Chinese, and stays on the sign-in form.
    const refused = await signIn('Autumn-leaf-2026');
    await refused.getByRole('alert').filter({ hasText: '该账号已停用，请联系管理员' }).waitFor({ timeout: 60_000 });
    expect(new URL(refused.url()).pathname).toBe('/login');
    await shot(refused, 'sign-in-disabled-1280');
    await refused.context().close();
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
