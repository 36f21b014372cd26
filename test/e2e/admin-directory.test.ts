import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * The administrator's directory and rounds in headless Chromium against the real local server:
 * importing 200 institutions from XLSX, then a round made from participants picked by region and
 * type (the imported ones among them). The 1,000-institution dashboard is in admin-console.test.ts.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 600_000);
afterAll(async () => rig?.close());

const HEADER = ['机构编号 (id)', '机构名称 (name)', '英文名称 (nameEn)', '所属地区编号 (regionId)', '机构类型 (institutionType)', '医院等级 (grade)', '服务人口（万） (population)'];

/** 200 institutions as an XLSX file; `bad` maps a data index to a broken row. */
async function workbook(bad: Record<number, (string | number)[]> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('机构');
  sheet.addRow(HEADER);
  for (let i = 0; i < 200; i++) sheet.addRow(bad[i] ?? [`imp-${i}`, `导入医院${i}`, '', 'haining', i % 2 ? 'tcm' : 'general', '2-a', 10 + i]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, file: Buffer) {
  await page.getByTestId('import-file').setInputFiles({ name: 'institutions.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await page.getByRole('button', { name: '上传并导入' }).click();
}

const imported = async () => ((await rig.api('admin', 'GET', '/api/institutions')).body.items as { id: string }[]).filter((i) => i.id.startsWith('imp-')).length;
describe('directory', () => {
  it('imports 200 institutions from XLSX: three bad rows are named (an unknown type and grade with what is allowed) and nothing is imported until they are fixed', { timeout: 240_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/directory`);
    await page.getByRole('button', { name: '批量导入' }).click();
    // Data index 49 is sheet row 51 (the header is row 1); 149 is row 151.
    // Data index 99 (row 101) has a type no checklist takes, and a grade that is no grade.
    await upload(page, await workbook({ 49: ['imp-49', '导入医院49', '', 'no-such-region', 'general', '2-a', 5], 99: ['imp-99', '导入医院99', '', 'haining', 'hospital', '二甲', 5], 149: ['imp-149', '', '', 'haining', 'general', '2-a', 5] }));
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-report').textContent()).toContain('共 3 行有问题，未导入任何机构');
    expect(await page.locator('tr[data-row="51"]').textContent()).toContain('地区编号不存在');
    // The column as the sheet's own header names it, not the bare key.
    expect(await page.locator('tr[data-row="51"]').textContent()).toContain('所属地区编号 (regionId)');
    // What is allowed instead: the codes the checklists take.
    const type = page.locator('tr[data-row="101"]', { hasText: '机构类型 (institutionType)' });
    expect(await type.textContent()).toContain('只能填写');
    expect(await type.textContent()).toContain('county-general');
    expect(await type.locator('td').last().textContent()).toBe('hospital');
    expect(await page.locator('tr[data-row="101"]', { hasText: '医院等级 (grade)' }).textContent()).toContain('2-a');
    expect(await page.locator('tr[data-row="151"]').textContent()).toContain('必填项为空');
    expect(await page.locator('tr[data-row]').count()).toBe(4);
    await shot(page, 'admin-import-report');
    expect(await imported()).toBe(0);

    await upload(page, await workbook());
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('新建 200 个机构');
    expect(await imported()).toBe(200);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByLabel('搜索机构名称或编号').fill('导入医院1');
    await expect.poll(() => page.getByTestId('institution-count').textContent()).toBe('共 111 个机构');
    expect((await rig.api('admin', 'GET', '/api/institutions/imp-7')).body.context).toEqual({ institutionType: 'tcm', grade: '2-a', population: 17 });
    // The refused upload is a 400 the browser logs; nothing else may have gone wrong.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  });
});

describe('rounds', () => {
  it('creates a round from participants picked by region and type, then follows its progress', { timeout: 240_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/rounds/new`);
    await page.getByLabel('轮次编号').fill('e2e-ui-round');
    await page.getByLabel('轮次名称').fill('界面创建的轮次');
    await page.getByLabel('评估表').click();
    await page.getByRole('option', { name: /haining-hospital-2023/ }).click();
    await page.getByLabel('版本').click();
    await page.getByRole('option').first().click();
    await page.getByLabel('按机构类型筛选').click();
    await page.getByRole('option', { name: 'tcm' }).click();
    await page.getByLabel('按地区筛选').click();
    await page.getByRole('option', { name: '海宁市', exact: true }).click();
    await page.getByRole('button', { name: /全选当前筛选结果/ }).click();
    // By default only institutions whose context fits the checklist are offered: the imported
    // ones carry no Haining hospital code, so haining-tcm alone.
    expect(await page.getByTestId('selected-count').textContent()).toBe('已选 1 个机构');
    await page.getByLabel(/显示全部机构/).check();
    await page.getByRole('button', { name: /全选当前筛选结果/ }).click();
    // haining-tcm plus the 100 imported tcm institutions of Haining.
    expect(await page.getByTestId('selected-count').textContent()).toBe('已选 101 个机构');
    await page.getByRole('button', { name: '创建轮次' }).click();
    await page.waitForURL(/\/admin\/rounds\/e2e-ui-round$/, { timeout: 60_000 });
    await page.locator('[data-side="self"][data-stage="not-started"][data-count="101"]').waitFor();
    expect(await page.getByTestId('round-status').textContent()).toBe('进行中');
    await page.getByRole('button', { name: '结束' }).click();
    await expect.poll(() => page.getByTestId('round-status').textContent()).toBe('已结束');
    expect((await rig.api('admin', 'GET', '/api/rounds/e2e-ui-round')).body).toMatchObject({ status: 'closed', checklistId: 'haining-hospital-2023', type: 'annual' });
    await shot(page, 'admin-round-progress');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on a phone', () => {
  it('directory, accounts and round progress rows are cards with their actions on screen; the round counts self and expert evaluations apart, by region then name', { timeout: 240_000 }, async () => {
    const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
    const made = await rig.api('admin', 'POST', '/api/rounds', { id: 'e2e-phone-round', name: { zh: '手机进度轮次', en: 'Phone progress round' }, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'annual', year: 2026, institutionIds: ['haining-tcm', 'haining-renmin', 'haining-zhongxin'], expertIds: ['expert'] });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect((await rig.api('inst1', 'POST', '/api/submissions', { roundId: 'e2e-phone-round', kind: 'self' })).status).toBe(201);
    expect((await rig.api('expert', 'POST', '/api/submissions', { roundId: 'e2e-phone-round', institutionId: 'haining-tcm', kind: 'expert' })).status).toBe(201);

    const { page, errors } = await rig.signedIn('admin', { width: 390, height: 844 });
    const fits = async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      // Every action button or link in a table is within the screen, none behind a sideways scroll.
      const outside = await page.locator('td.card-actions a, td.card-actions button').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > window.innerWidth).length);
      expect(outside).toBe(0);
    };
    await page.goto(`${rig.baseUrl}/admin/directory`);
    const renmin = page.locator('tr[data-institution="haining-renmin"]');
    await renmin.getByRole('button', { name: '编辑 海宁市人民医院' }).waitFor();
    expect(await renmin.locator('td[data-label="编号："]').textContent()).toBe('haining-renmin');
    await fits();
    await renmin.getByRole('button', { name: '编辑 海宁市人民医院' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`${rig.baseUrl}/admin/accounts`);
    await page.getByRole('button', { name: '重置密码' }).first().waitFor();
    await fits();
    await shot(page, 'admin-accounts-390');

    await page.goto(`${rig.baseUrl}/admin/rounds/e2e-phone-round`);
    const count = (side: string, stage: string) => page.locator(`[data-side="${side}"][data-stage="${stage}"]`).getAttribute('data-count');
    await page.locator('[data-side="expert"][data-stage="draft"]').waitFor();
    expect([await count('self', 'draft'), await count('self', 'not-started'), await count('expert', 'draft'), await count('expert', 'not-started')]).toEqual(['1', '2', '1', '2']);
    // 海宁市 for all three: by name in pinyin order, 人民 (rén) before 中心 (zhōngxīn) before 中医 (zhōngyī).
    expect(await page.locator('tr[data-institution]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-institution')))).toEqual(['haining-renmin', 'haining-zhongxin', 'haining-tcm']);
    // The expert's draft is a filter of its own.
    await page.locator('[data-side="expert"][data-stage="draft"]').click();
    await expect.poll(() => page.locator('tr[data-institution]').count()).toBe(1);
    expect(await page.locator('tr[data-institution]').getAttribute('data-institution')).toBe('haining-tcm');
    await fits();
    await shot(page, 'admin-round-progress-390');
    expect(errors).toEqual([]);
  });
});

