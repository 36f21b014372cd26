import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, SCREENSHOTS, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * The administrator's checklist console in headless Chromium against the real local server: a
 * checklist the app has never seen, written here from scratch, goes from a broken draft to a
 * published version, is used by a round, gets a second version whose diff is exactly its change,
 * and its first version is retired while the round's submission keeps it.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const ID = 'e2e-county-telemed';

/** Written for this test only: two criteria, no form (the server generates it), two mistakes. */
function definition(overrides: { bedsTarget?: unknown; remoteWeight?: number; version?: number } = {}) {
  return {
    format: 1.1,
    id: ID,
    version: overrides.version ?? 1,
    status: 'draft',
    title: { zh: '县域床位与远程医疗（测试）', en: 'County beds and telemedicine (test)' },
    issuer: { zh: '测试卫健委', en: 'Test commission' },
    plan: { title: { zh: '测试方案', en: 'Test plan' }, years: { from: 2025, to: 2027 }, seed: 'test.txt' },
    subject: 'institution',
    context: [],
    sections: [{ id: 'goals', title: { zh: '工作目标', en: 'Goals' }, clause: '二' }],
    criteria: [
      { id: 'beds', section: 'goals', title: { zh: '编制床位数', en: 'Staffed beds' }, clause: '二(一)', kind: 'count', value: { field: 'goals.beds' }, unit: { zh: '张', en: 'beds' }, target: overrides.bedsTarget ?? { op: '>=', value: 100 }, weight: 1 },
      { id: 'remote', section: 'goals', title: { zh: '接入远程医疗平台', en: 'Linked to telemedicine' }, clause: '二(二)', kind: 'boolean', value: { field: 'goals.remote' }, target: { equals: true }, weight: overrides.remoteWeight ?? 1 },
    ],
    bands: [
      { id: 'pass', label: { zh: '达标', en: 'Pass' }, min: 60 },
      { id: 'fail', label: { zh: '未达标', en: 'Fail' }, min: 0 },
    ],
  };
}

async function upload(page: Page, testId: string, name: string, value: unknown) {
  await page.getByTestId(testId).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) });
}

async function noSeriousAxe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

const problem = (page: Page, path: string) => page.locator(`.definition-problem[data-path="${path}"]`);
const versionRow = (page: Page, version: number) => page.locator(`[data-checklist="${ID}"] tr[data-version="${version}"]`);

describe('admin: checklists', () => {
  it('publishes a new checklist from a broken draft fixed in the editor, after a preview and a dry run; a round uses it; v2 diff shows exactly the changed target; v1 retires and is restored', { timeout: 300_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.getByRole('link', { name: '管理评估表' }).click();
    await page.waitForURL(/\/admin\/checklists$/);
    await page.getByRole('heading', { name: '评估表管理' }).waitFor();
    await shot(page, 'admin-checklists-list');
    await noSeriousAxe(page);

    // A broken version: a target with a string number, a negative weight.
    await page.getByRole('link', { name: '发布新评估表' }).click();
    await page.locator('.cm-content').waitFor();
    await upload(page, 'upload-definition', 'broken.json', definition({ bedsTarget: { op: '>=', value: '100' }, remoteWeight: -1 }));
    await page.getByText(`"id": "${ID}"`).waitFor();
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByText('发现 2 个问题').waitFor();
    // Each problem: its path and a Chinese text.
    await expect.poll(() => problem(page, '/criteria/0/target').textContent()).toMatch(/计数类评分项（count）的目标.*位置：\/criteria\/0\/target/);
    expect(await problem(page, '/criteria/1/weight').textContent()).toContain('取值不符合要求：应为 >=0，实际为 -1');
    // The same problems inline in the editor (gutter markers).
    await expect.poll(() => page.locator('.cm-lint-marker-error').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await shot(page, 'admin-checklists-problems');
    await page.getByText('发现 2 个问题').screenshot({ path: `${SCREENSHOTS}admin-checklists-problem-list.png` });
    await noSeriousAxe(page);
    expect(await page.getByRole('button', { name: '发布' }).isDisabled()).toBe(true);

    // A click puts the editor's selection on the place; typing replaces it.
    await problem(page, '/criteria/0/target').click();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toMatch(/^"target": \{\s*"op": ">=",\s*"value": "100"\s*\}$/);
    await page.keyboard.insertText('"target": { "op": ">=", "value": 100 }');
    await problem(page, '/criteria/1/weight').click();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('"weight": -1');
    await page.keyboard.insertText('"weight": 1');
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByTestId('valid').getByText(`校验通过：${ID} 第 1 版，1 个章节，2 个评分项`).waitFor();

    // The preview is the generated form, rendered by the filling page's renderers.
    const preview = page.getByTestId('preview-form');
    // The sample's built-in context fields are named in words, not by their keys (year, round).
    expect(await page.getByLabel('年度', { exact: true }).inputValue()).toBe('2025');
    await expect.poll(() => page.getByRole('combobox', { name: '评估类型' }).count()).toBe(1);
    await preview.locator('[data-field="goals.beds"] input').fill('120');
    await preview.locator('.criterion-status[data-criterion="beds"] [data-status="met"]').waitFor();
    await page.getByRole('button', { name: '试算' }).click();
    const result = page.getByTestId('dry-run-result');
    await result.locator('tr[data-criterion="beds"][data-status="met"]').waitFor();
    await result.locator('tr[data-criterion="remote"][data-status="missing"]').waitFor();
    // The page shows the server's own score of the same sample.
    const server = await rig.api('admin', 'POST', '/api/checklists/dry-run', { definition: definition(), sample: { context: { year: 2025, round: 'baseline' }, answers: { goals: { beds: 120 } } } });
    expect(server.body.result.total).toBe(50);
    expect(await page.getByTestId('dry-run-total').textContent()).toBe('总分：50 · 等级：未达标');
    await preview.locator('[data-field="goals.remote"]').getByRole('radio', { name: '是' }).check();
    await page.getByRole('button', { name: '试算' }).click();
    await result.locator('tr[data-criterion="remote"][data-status="met"]').waitFor();
    expect(await page.getByTestId('dry-run-total').textContent()).toBe('总分：100 · 等级：达标');
    await shot(page, 'admin-checklists-dry-run');
    await noSeriousAxe(page);

    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('dialog', { name: `发布 ${ID} 第 1 版？` }).getByRole('button', { name: '发布第 1 版' }).click();
    await page.getByTestId('published-notice').getByText(`已发布 ${ID} 第 1 版`).waitFor();
    await versionRow(page, 1).getByText('已发布').waitFor();
    expect(await versionRow(page, 1).textContent()).toContain('admin');
    expect((await rig.api('admin', 'GET', `/api/checklists/${ID}`)).body.definition.form.uischema.type).toBe('Categorization');

    // A round with inst1 and the expert (the rounds UI is another part of the console); inst1 fills and submits it.
    const round = await rig.api('admin', 'POST', '/api/rounds', { id: 'e2e-telemed', name: { zh: '远程医疗测试轮次', en: 'Telemedicine test round' }, checklistId: ID, checklistVersion: 1, type: 'baseline', year: 2025, institutionIds: ['haining-renmin'], expertIds: ['expert'] });
    expect(round.status).toBe(201);
    const draft = await rig.api('inst1', 'POST', '/api/submissions', { roundId: 'e2e-telemed', kind: 'self' });
    expect(draft.status).toBe(201);
    const saved = await rig.api('inst1', 'PUT', `/api/submissions/${draft.body.id}`, { version: draft.body.version, answers: { goals: { beds: 120, remote: false } }, evidence: {} });
    expect(saved.status).toBe(200);
    expect((await rig.api('inst1', 'POST', `/api/submissions/${draft.body.id}/submit`, { version: saved.body.version })).status).toBe(202);
    await expect.poll(async () => (await rig.api('inst1', 'GET', `/api/submissions/${draft.body.id}/result`)).body?.total, { timeout: 20_000 }).toBe(50);
    await page.reload();
    await versionRow(page, 1).getByTestId('rounds').getByText('远程医疗测试轮次').waitFor();

    // Version 2 with one changed target: the diff says exactly that.
    await page.locator(`[data-checklist="${ID}"]`).getByRole('link', { name: '发布新版本' }).click();
    await page.getByText('"version": 2').waitFor();
    // Published as started (version 1's content, numbered 2), it would change nothing: the confirmation says so first.
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByTestId('valid').waitFor();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const unedited = page.getByRole('dialog', { name: `发布 ${ID} 第 2 版？` });
    await expect.poll(() => unedited.getByTestId('publish-unchanged').textContent(), { timeout: 30_000 }).toBe('内容与已发布的版本 1 完全相同：发布只会多出一个相同的版本。请先修改，或取消。');
    await unedited.getByRole('button', { name: '取消' }).click();
    await unedited.waitFor({ state: 'hidden' });
    await upload(page, 'upload-definition', 'v2.json', definition({ version: 2, bedsTarget: { op: '>=', value: 150 } }));
    await page.getByText('"value": 150').waitFor();
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByTestId('valid').waitFor();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    // The confirmation says what stays as it was: the open round on v1 keeps v1, named.
    const publishV2 = page.getByRole('dialog', { name: `发布 ${ID} 第 2 版？` });
    await expect.poll(() => publishV2.locator('#publish-confirm-body').textContent()).toContain('已有提交继续使用各自的版本；使用本评估表其他版本的进行中轮次也照旧使用原版本：远程医疗测试轮次（第 1 版）。');
    await publishV2.getByRole('button', { name: '发布第 2 版' }).click();
    await page.getByTestId('published-notice').getByText(`已发布 ${ID} 第 2 版`).waitFor();
    await page.locator(`[data-checklist="${ID}"]`).getByRole('link', { name: '比较版本' }).click();
    await page.getByTestId('diff-count').getByText('共 1 处变化').waitFor();
    const rows = page.locator('tr.diff-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-aspect')).toBe('target');
    // innerText: what shows at this width (the phone lines under the item are hidden here).
    expect((await rows.first().locator('td').allInnerTexts())).toEqual(['评分项变更 · 目标', '编制床位数 (beds)', '≥ 100张（不低于）', '≥ 150张（不低于）']);
    await shot(page, 'admin-checklists-diff');
    await noSeriousAxe(page);
    // On a phone the old and new targets read under the item, and the page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await rows.first().locator('td').nth(1).innerText()).toBe('编制床位数 (beds)\n原：≥ 100张（不低于）\n新：≥ 150张（不低于）');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'admin-checklists-diff-390');
    await noSeriousAxe(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Retire v1: asked first; the round's submission keeps its version.
    await page.goto(`${rig.baseUrl}/admin/checklists`);
    await versionRow(page, 1).getByRole('button', { name: /停用/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`停用 ${ID} 第 1 版？`).waitFor();
    // It names the open round on it and says that round and its submissions keep the version.
    expect(await dialog.locator('#retire-body').textContent()).toBe('该版本正用于进行中的轮次：远程医疗测试轮次（1 个机构）。停用后这些轮次和已有提交继续使用它；新轮次不能再选它。');
    // Checked once its fade-in has ended: half-faded, its red button's contrast is not yet its own.
    await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.MuiDialog-container') ?? el).opacity)).toBe('1');
    await noSeriousAxe(page);
    await shot(page, 'admin-checklists-retire');
    await dialog.getByRole('button', { name: '停用' }).click();
    await versionRow(page, 1).getByText('已停用').waitFor();
    expect(await versionRow(page, 2).getAttribute('data-status')).toBe('published');
    expect(await versionRow(page, 1).getByTestId('rounds').textContent()).toBe('远程医疗测试轮次');
    // Who retired it and when, under its status.
    expect(await versionRow(page, 1).getByTestId('status-change').textContent()).toMatch(/^admin 于 .+ 停用$/);
    const kept = await rig.api('inst1', 'GET', `/api/submissions/${draft.body.id}/result`);
    expect(kept.body).toMatchObject({ total: 50, checklist: { id: ID, version: 1 } });

    // Restore v1: asked first, naming the round still on it; back to published, with who and when.
    const retiredV1 = (await rig.api('admin', 'GET', `/api/checklists/${ID}?version=1`)).body;
    await versionRow(page, 1).getByRole('button', { name: /恢复发布/ }).click();
    await dialog.getByText(`恢复发布 ${ID} 第 1 版？`).waitFor();
    expect(await dialog.locator('#retire-body').textContent()).toBe('该版本仍用于轮次：远程医疗测试轮次（1 个机构）。恢复后这些轮次和已有提交照旧使用它，新轮次也可以再选它。');
    await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.MuiDialog-container') ?? el).opacity)).toBe('1');
    await noSeriousAxe(page);
    await shot(page, 'admin-checklists-restore');
    await dialog.getByRole('button', { name: '恢复发布' }).click();
    await page.getByTestId('status-notice').getByText(`已恢复发布 ${ID} 第 1 版`).waitFor();
    await expect.poll(() => versionRow(page, 1).getAttribute('data-status')).toBe('published');
    expect(await versionRow(page, 1).getByText('已发布').count()).toBe(1);
    expect(await versionRow(page, 1).getByTestId('status-change').textContent()).toMatch(/^admin 于 .+ 恢复发布$/);
    expect(await versionRow(page, 1).getByRole('button', { name: /停用/ }).count()).toBe(1);
    // A restore on a stale read is a 409, one of a published version a 400: each says why, in JSON.
    const stale = await rig.api('admin', 'POST', `/api/checklists/${ID}/versions/1/restore`, { itemVersion: retiredV1.itemVersion });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'version-conflict' } } });
    const current = (await rig.api('admin', 'GET', `/api/checklists/${ID}?version=1`)).body;
    const notRetired = await rig.api('admin', 'POST', `/api/checklists/${ID}/versions/1/restore`, { itemVersion: current.itemVersion });
    expect(notRetired).toMatchObject({ status: 400, body: { error: { details: { issues: [{ path: '/version', code: 'not-retired' }] } } } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the preview starts on an allowed context; a dry run short of it names it by its label with the values allowed, and takes it from an institution picked by name', { timeout: 180_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/checklists`);
    await page.getByRole('link', { name: '发布新评估表' }).click();
    await page.locator('.cm-content').waitFor();
    const types = [{ value: 'general', label: { zh: '综合医院', en: 'General hospital' } }, { value: 'tcm', label: { zh: '中医医院', en: 'TCM hospital' } }];
    const needsType = { ...definition(), id: `${ID}-typed`, context: [{ id: 'institutionType', label: { zh: '机构类型', en: 'Institution type' }, kind: 'enum', options: types, required: true }] };
    await upload(page, 'upload-definition', 'typed.json', needsType);
    await page.getByText(`"id": "${ID}-typed"`).waitFor();
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByTestId('valid').waitFor();
    // The preview starts on the first allowed type, so the dry run scores at once.
    await expect.poll(() => page.getByRole('combobox', { name: '机构类型' }).textContent()).toContain('综合医院');
    await page.getByRole('button', { name: '试算' }).click();
    await page.getByTestId('dry-run-result').locator('tr[data-criterion="beds"]').waitFor();
    expect(await page.getByTestId('dry-run-missing-context').count()).toBe(0);
    // With the type cleared, the dry run says which value is missing and which values it allows.
    await page.getByRole('combobox', { name: '机构类型' }).click();
    await page.getByRole('option', { name: '—' }).click();
    await page.getByRole('button', { name: '试算' }).click();
    const notice = page.getByTestId('dry-run-missing-context');
    await expect.poll(() => notice.textContent()).toContain('试算缺少评估情形：机构类型（institutionType，可选：综合医院、中医医院）');
    // Said once, in words: not again as a raw "(institutionType) is required" in the sample's problems.
    expect(await page.getByText('is required').count()).toBe(0);
    await shot(page, 'admin-checklists-dry-run-missing-context');
    await noSeriousAxe(page);

    await notice.getByLabel('从机构取评估情形').fill('海宁市中医');
    await page.getByRole('option', { name: '海宁市中医院 (haining-tcm)' }).click();
    // The inputs above now hold the institution's type, and the dry run ran again with it.
    await expect.poll(() => page.getByRole('combobox', { name: '机构类型' }).textContent()).toContain('中医医院');
    await expect.poll(() => notice.count()).toBe(0);
    await page.getByTestId('dry-run-result').locator('tr[data-criterion="beds"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
