import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { definition, editor, findInEditor, ID, problem, replaceEditorText, ROUND, selection, typeInto } from './console-journey-steps.js';
import { demoDeadline } from '../../seeds/demo-data.js';

/**
 * Issue 12's browser tests 1 and 2, every step through the console's pages (no API shortcut for
 * what a user does): `admin` writes a checklist the app has never seen in the editor, fixes its
 * problems there, previews, dry-runs and publishes it; creates a round with inst1 and the expert
 * on the round form; inst1 fills and submits in the same browser; the dashboard shows the result.
 * Then version 2 with one changed target: the diff shows exactly it, a re-score moves the round
 * onto it with a progress bar, and the totals change as its target says. One server, no restart.
 * (Test 3, the XLSX import, is in admin-directory.test.ts.)
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

/** Every axe-core serious or critical violation, by page, collected as the journey goes. */
const axeFound: Record<string, unknown> = {};
/** The new round's deadline: 30 June of next year, never past whenever the test runs. */
const DEADLINE = demoDeadline('06-30');
async function axeCheck(page: Page, name: string) {
  const v = await axeViolations(page);
  if (v.length) axeFound[name] = v;
}

describe('console journey', () => {
  it('test 1: a new checklist written in the editor, fixed, previewed, dry-run and published; a round from the form; inst1 submits; the dashboard shows it', { timeout: 600_000 }, async () => {
    let { page, errors } = await rig.signedIn('admin');
    await page.getByRole('link', { name: '管理评估表' }).click();
    await page.getByRole('heading', { name: '评估表管理' }).waitFor();
    await axeCheck(page, 'checklists');
    await page.getByRole('link', { name: '发布新评估表' }).click();
    await editor(page).waitFor({ timeout: 60_000 });

    // Typed in from scratch: a count target whose number is a string, a negative weight.
    const broken = JSON.stringify(definition({ bedsTarget: { op: '>=', value: '100' }, remoteWeight: -1 }), null, 2);
    await replaceEditorText(page, broken);
    await page.getByText(`"id": "${ID}"`).waitFor();
    // The format's JSON Schema underlines both at once, before any check by the server, in Chinese.
    await expect.poll(() => page.locator('.cm-lintRange-error').count(), { timeout: 30_000 }).toBe(2);
    // Each underline says what is wrong when the pointer rests on it.
    const ranges = page.locator('.cm-lintRange-error');
    const tooltip = page.locator('.cm-tooltip-lint');
    await ranges.nth(0).hover();
    await expect.poll(() => tooltip.textContent(), { timeout: 30_000 }).toContain('/criteria/0/target/value 类型应为数字');
    await page.mouse.move(0, 0);
    await ranges.nth(1).hover();
    await expect.poll(() => tooltip.textContent(), { timeout: 30_000 }).toContain('/criteria/1/weight 应 >= 0');
    await shot(page, 'journey-schema-lint');
    await page.mouse.move(0, 0);

    // The server's check lists each problem with its path, in Chinese.
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByText('发现 2 个问题').waitFor({ timeout: 60_000 });
    await expect.poll(() => problem(page, '/criteria/0/target').textContent()).toMatch(/计数类评分项（count）的目标.*位置：\/criteria\/0\/target/);
    expect(await problem(page, '/criteria/1/weight').textContent()).toContain('取值不符合要求：应为 >=0，实际为 -1');
    expect(await page.getByRole('button', { name: '发布', exact: true }).isDisabled()).toBe(true);
    await shot(page, 'journey-problems');
    await axeCheck(page, 'publish-problems');

    // A click on a problem selects its place in the editor; typing replaces it.
    await problem(page, '/criteria/0/target').click();
    await expect.poll(() => selection(page)).toMatch(/^"target": \{\s*"op": ">=",\s*"value": "100"\s*\}$/);
    await page.keyboard.insertText('"target": { "op": ">=", "value": 100 }');
    await problem(page, '/criteria/1/weight').click();
    await expect.poll(() => selection(page)).toBe('"weight": -1');
    await page.keyboard.type('"weight": 1, ');
    // The schema's completion: after a new quote, the keys a criterion may still take; Enter inserts one.
    await page.keyboard.type('"vet');
    const completion = page.locator('.cm-tooltip-autocomplete');
    await completion.getByText('veto', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await completion.locator('li').allTextContents()).not.toContain('weight');
    await shot(page, 'journey-completion');
    await page.keyboard.press('Enter');
    await page.keyboard.type('false');
    await page.getByText('"veto": false').waitFor();
    await expect.poll(() => page.locator('.cm-lintRange-error').count(), { timeout: 30_000 }).toBe(0);

    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByTestId('valid').getByText(`校验通过：${ID} 第 1 版，1 个章节，2 个评分项`).waitFor({ timeout: 60_000 });

    // The preview renders the generated form; filled, it scores live and in a dry run on the server.
    const preview = page.getByTestId('preview-form');
    await preview.locator('[data-field="rehab.beds"] input').fill('120');
    await preview.locator('.criterion-status[data-criterion="beds"] [data-status="met"]').waitFor({ timeout: 30_000 });
    await preview.locator('[data-field="rehab.remote"]').getByRole('radio', { name: '是' }).check();
    await page.getByRole('button', { name: '试算' }).click();
    const dry = page.getByTestId('dry-run-result');
    await dry.locator('tr[data-criterion="beds"][data-status="met"]').waitFor({ timeout: 30_000 });
    await dry.locator('tr[data-criterion="remote"][data-status="met"]').waitFor();
    expect(await page.getByTestId('dry-run-total').textContent()).toBe('总分：100 · 等级：达标');
    await shot(page, 'journey-dry-run');
    await axeCheck(page, 'publish-dry-run');

    await page.getByRole('button', { name: '发布', exact: true }).click();
    // Publishing asks once, naming the version.
    await page.getByRole('dialog', { name: `发布 ${ID} 第 1 版？` }).getByRole('button', { name: '发布第 1 版' }).click();
    await page.getByTestId('published-notice').getByText(`已发布 ${ID} 第 1 版`).waitFor({ timeout: 60_000 });
    expect((await rig.api('admin', 'GET', `/api/checklists/${ID}`)).body.definition.criteria[1]).toMatchObject({ weight: 1, veto: false });

    // The round form: a taken id is refused next to the id; participants by region, type and search.
    await page.goto(`${rig.baseUrl}/admin/rounds`);
    await page.getByRole('link', { name: '新建轮次' }).click();
    await page.getByLabel('轮次编号').fill('demo-2025-annual');
    await page.getByLabel('轮次名称').fill('康复能力基线评估');
    await page.getByLabel('评估表').click();
    await page.getByRole('option', { name: new RegExp(ID) }).click();
    await page.getByLabel('版本').click();
    await page.getByRole('option', { name: 'v1' }).click();
    await page.getByLabel('评估类型').click();
    await page.getByRole('option', { name: '基线评估' }).click();
    await page.getByLabel('截止日期').fill(DEADLINE);
    await expect.poll(() => page.getByTestId('participant-kind').textContent()).toBe('该评估表按机构评估：请选择参评机构');
    await page.getByLabel('按地区筛选').click();
    await page.getByRole('option', { name: '海宁市', exact: true }).click();
    await page.getByLabel('按机构类型筛选').click();
    await page.getByRole('option', { name: '综合医院', exact: true }).click();
    await page.getByRole('button', { name: /全选当前筛选结果/ }).click();
    // The count re-renders after the click: read it once it has moved off 0.
    await expect.poll(async () => Number((await page.getByTestId('selected-count').textContent())!.match(/\d+/)![0])).toBeGreaterThan(1);
    await page.getByRole('button', { name: '清空' }).click();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('已选 0 个机构');
    await page.getByLabel('搜索名称或编号').fill('人民医院');
    await page.getByRole('button', { name: '全选当前筛选结果（1）' }).click();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('已选 1 个机构');
    await expect.poll(() => page.locator('[data-participant="haining-renmin"] input').isChecked()).toBe(true);
    // Experts are picked by name from the expert accounts (with the region they work in), found by typing Chinese.
    expect((await rig.api('admin', 'POST', '/api/users', { username: 'wang.hn', role: 'expert', displayName: '王海宁', regionId: 'haining' })).status).toBe(201);
    const experts = page.getByRole('combobox', { name: '指派专家' });
    await experts.fill('王');
    const wang = page.locator('[data-expert="wang.hn"]');
    await wang.waitFor({ timeout: 30_000 });
    expect(await wang.textContent()).toBe('王海宁海宁市 · wang.hn');
    expect(await page.locator('[data-expert="expert"]').count()).toBe(0);
    await experts.fill('周明');
    await page.locator('[data-expert="expert"]').click();
    await expect.poll(() => page.locator('[data-picked-expert]').evaluateAll((chips) => chips.map((c) => [c.getAttribute('data-picked-expert'), c.textContent]))).toEqual([['expert', '周明（演示专家）']]);
    await shot(page, 'journey-round-form-experts');
    await page.getByRole('button', { name: '创建轮次' }).click();
    await page.getByText('已有同一编号的轮次，请换一个编号').waitFor({ timeout: 30_000 });
    await shot(page, 'journey-round-form-error');
    await axeCheck(page, 'round-form-error');
    await page.getByLabel('轮次编号').fill(ROUND);
    await expect.poll(() => page.getByText('已有同一编号的轮次，请换一个编号').count()).toBe(0);
    await page.getByRole('button', { name: '创建轮次' }).click();
    await page.waitForURL(new RegExp(`/admin/rounds/${ROUND}$`), { timeout: 60_000 });
    await page.locator('[data-side="self"][data-stage="not-started"][data-count="1"]').waitFor({ timeout: 60_000 });
    expect((await rig.api('admin', 'GET', `/api/rounds/${ROUND}`)).body).toMatchObject({ checklistId: ID, checklistVersion: 1, type: 'baseline', deadline: DEADLINE, institutionIds: ['haining-renmin'], expertIds: ['expert'], status: 'open' });
    // The round's page says when it ends and who evaluates, by name; with nothing submitted there is nothing to re-score.
    await expect.poll(() => page.getByTestId('round-experts').textContent(), { timeout: 30_000 }).toBe('指派专家：周明（演示专家）');
    const [year, month, day] = DEADLINE.split('-').map(Number);
    expect(await page.getByTestId('round-deadline').textContent()).toBe(`截止日期：${year}年${month}月${day}日`);
    expect(await page.getByTestId('rescore-nothing').textContent()).toBe('本轮还没有已提交的评估，无需重新评分');
    expect(await page.getByTestId('rescore-progress').getByRole('progressbar').count()).toBe(0);
    expect(await page.getByTestId('rescore-no-version').textContent()).toBe('该评估表没有第 1 版以外的已发布版本');
    await axeCheck(page, 'round-progress');
    // The refused create is a 409 the browser logs; nothing else may have gone wrong.
    expect(errors.filter((e) => !e.includes('status of 409'))).toEqual([]);
    await page.close();

    // inst1 in the same browser (the sign-in replaces the admin's): fills and submits.
    ({ page, errors } = await rig.signedIn('inst1'));
    await page.waitForURL(/\/inst$/);
    await page.locator(`tr[data-round="${ROUND}"]`).getByRole('button').click();
    await page.waitForURL(/\/inst\/fill\//);
    await page.locator('[data-field="rehab.beds"] input').first().waitFor({ timeout: 60_000 });
    await typeInto(page, 'rehab.beds', '120');
    await page.locator('[data-field="rehab.remote"]').getByRole('radio', { name: '是' }).check();
    const draftId = decodeURIComponent(page.url().split('/').pop()!);
    await expect.poll(async () => (await rig.api('inst1', 'GET', `/api/submissions/${encodeURIComponent(draftId)}`)).body.answers, { timeout: 30_000 }).toEqual({ rehab: { beds: 120, remote: true } });
    await expect.poll(() => page.getByTestId('live-total').textContent(), { timeout: 30_000 }).toBe('100');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.waitForURL(/\/inst\/result\//, { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('result-total').textContent(), { timeout: 60_000 }).toBe('100');
    expect(errors).toEqual([]);
    await page.close();

    // The admin's dashboard shows inst1's result.
    ({ page, errors } = await rig.signedIn('admin'));
    await page.goto(`${rig.baseUrl}/admin/rounds/${ROUND}/dashboard`);
    const row = page.locator('[data-testid="ranking"] tr[data-institution="haining-renmin"]');
    await expect.poll(() => row.getAttribute('data-total'), { timeout: 90_000 }).toBe('100');
    expect(await row.textContent()).toContain('海宁市人民医院');
    await shot(page, 'journey-dashboard-v1');
    await axeCheck(page, 'dashboard');
    expect(errors).toEqual([]);
    await page.close();
    expect(axeFound).toEqual({});
  });

  it('test 2: version 2 changes one target; the diff shows exactly it; a re-score moves the round with a progress bar and the total drops as the target says', { timeout: 600_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/checklists`);
    await page.locator(`[data-checklist="${ID}"]`).getByRole('link', { name: '发布新版本' }).click();
    await page.getByText('"version": 2').waitFor({ timeout: 60_000 });
    // One edit in the editor: the beds target goes from 100 to 150.
    await findInEditor(page, '"value": 100');
    await page.keyboard.insertText('"value": 150');
    await page.getByText('"value": 150').waitFor();
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByTestId('valid').getByText(`校验通过：${ID} 第 2 版`).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('dialog', { name: `发布 ${ID} 第 2 版？` }).getByRole('button', { name: '发布第 2 版' }).click();
    await page.getByTestId('published-notice').getByText(`已发布 ${ID} 第 2 版`).waitFor({ timeout: 60_000 });

    await page.locator(`[data-checklist="${ID}"]`).getByRole('link', { name: '比较版本' }).click();
    await page.getByTestId('diff-count').getByText('共 1 处变化').waitFor({ timeout: 60_000 });
    const rows = page.locator('tr.diff-row');
    expect(await rows.count()).toBe(1);
    // innerText: what shows at this width (the phone lines under the item are hidden here).
    expect(await rows.first().locator('td').allInnerTexts()).toEqual(['评分项变更 · 目标', '康复床位数 (beds)', '≥ 100张（不低于）', '≥ 150张（不低于）']);
    await shot(page, 'journey-diff');
    await axeCheck(page, 'diff');

    // Re-score onto version 2 from the round's page: the bar fills as the server scores.
    await page.goto(`${rig.baseUrl}/admin/rounds/${ROUND}`);
    const bar = page.getByTestId('rescore-progress');
    await bar.waitFor({ timeout: 60_000 });
    expect(await bar.textContent()).toContain('已按版本 1 评分 1 / 1');
    await page.getByLabel('改用版本').click();
    // Only the other published version is offered: the round is on v1 already.
    await page.getByRole('option', { name: 'v2' }).waitFor();
    expect(await page.getByRole('option').allTextContents()).toEqual(['v2']);
    await page.getByRole('option', { name: 'v2' }).click();
    await page.getByRole('button', { name: '开始重新评分' }).click();
    // The re-score asks once, saying onto which version and how many submissions.
    await page.getByRole('dialog', { name: '按第 2 版重新评分 1 份评估？' }).getByRole('button', { name: '重新评分 1 份' }).click();
    await expect.poll(() => bar.getAttribute('data-pending'), { timeout: 90_000 }).toBe('0');
    await expect.poll(() => bar.textContent(), { timeout: 90_000 }).toContain('已按版本 2 评分 1 / 1 · 重新评分完成');
    expect(await bar.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await shot(page, 'journey-rescore');
    await axeCheck(page, 'rescore');
    expect((await rig.api('admin', 'GET', `/api/rounds/${ROUND}`)).body.checklistVersion).toBe(2);

    // 120 beds meet ≥ 100 but not ≥ 150: half the points, and the band falls.
    const id = `${ROUND}.haining-renmin.self`;
    const result = (await rig.api('admin', 'GET', `/api/submissions/${encodeURIComponent(id)}/result`)).body;
    expect(result).toMatchObject({ total: 50, checklist: { id: ID, version: 2 } });
    await page.goto(`${rig.baseUrl}/admin/rounds/${ROUND}/dashboard`);
    const row = page.locator('[data-testid="ranking"] tr[data-institution="haining-renmin"]');
    await expect.poll(() => row.getAttribute('data-total'), { timeout: 90_000 }).toBe('50');
    await shot(page, 'journey-dashboard-v2');
    expect(errors).toEqual([]);
    await page.close();
    expect(axeFound).toEqual({});
  });
  it('a region checklist\'s round: the form offers regions, picked by the region above them and by level', { timeout: 300_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/rounds/new`);
    await page.getByLabel('轮次编号').fill('e2e-journey-regions');
    await page.getByLabel('轮次名称').fill('地区评估（测试）');
    await page.getByLabel('评估表').click();
    await page.getByRole('option', { name: /haining-region-2023/ }).click();
    await page.getByLabel('版本').click();
    await page.getByRole('option').first().click();
    await expect.poll(() => page.getByTestId('participant-kind').textContent()).toBe('该评估表按地区评估：请选择参评地区');
    await expect.poll(() => page.getByRole('heading', { name: '参评地区' }).count()).toBe(1);
    // Taiyuan's counties: the city itself is not a county, its three counties are below it.
    await page.getByLabel('按地区筛选').click();
    await page.getByRole('option', { name: '太原市', exact: true }).click();
    await page.getByLabel('按地区级别筛选').click();
    await page.getByRole('option', { name: '县', exact: true }).click();
    await page.getByRole('button', { name: '全选当前筛选结果（3）' }).click();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('已选 3 个地区');
    await page.locator('[data-participant="gujiao"] input').uncheck();
    await page.getByLabel('按地区筛选').click();
    await page.getByRole('option', { name: '嘉兴市', exact: true }).click();
    await page.getByRole('button', { name: '全选当前筛选结果（1）' }).click();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('已选 3 个地区');
    await shot(page, 'journey-round-form-regions');
    await axeCheck(page, 'round-form-regions');
    await page.getByRole('button', { name: '创建轮次' }).click();
    await page.waitForURL(/\/admin\/rounds\/e2e-journey-regions$/, { timeout: 60_000 });
    await page.getByText('已选 3 个地区').waitFor({ timeout: 60_000 });
    const round = (await rig.api('admin', 'GET', '/api/rounds/e2e-journey-regions')).body;
    expect({ institutionIds: round.institutionIds, regionIds: [...round.regionIds].sort() }).toEqual({ institutionIds: [], regionIds: ['haining', 'qingxu', 'yangqu'] });
    expect(await page.getByTestId('round-experts').textContent()).toBe('指派专家：未指派专家');
    // Closing asks first, saying what it means; cancelled, the round stays open.
    await page.getByRole('button', { name: '结束', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '结束轮次“地区评估（测试）”？' });
    expect(await dialog.textContent()).toContain('不能再新建、修改、提交或退回本轮的评估');
    await axeCheck(page, 'close-round');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await rig.api('admin', 'GET', '/api/rounds/e2e-journey-regions')).body.status).toBe('open');
    await page.getByRole('button', { name: '结束', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '结束轮次' }).click();
    await expect.poll(() => page.getByTestId('round-status').textContent(), { timeout: 30_000 }).toBe('已结束');
    expect((await rig.api('admin', 'GET', '/api/rounds/e2e-journey-regions')).body.status).toBe('closed');
    expect(errors).toEqual([]);
    await page.close();
    expect(axeFound).toEqual({});
  });
});
