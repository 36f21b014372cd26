import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * Issue 12's criteria-first start in headless Chromium against the real local server: an outline
 * with a shorthand target, uploaded with a mistake and then pasted right, becomes the definition
 * in the editor, and the dry run scores against the target the shorthand said.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const ID = 'e2e-outline-beds';

function outline(bedsTarget: unknown) {
  return {
    id: ID,
    title: '床位与远程医疗（大纲测试）',
    plan: { title: '测试方案', years: '2025-2027', seed: 'test.txt' },
    sections: [
      {
        id: 'goals',
        title: '工作目标',
        criteria: [
          { id: 'beds', title: '编制床位数', kind: 'count', clause: '二(一)', unit: '张', target: bedsTarget },
          { id: 'remote', title: '接入远程医疗平台', kind: 'boolean', clause: '二(二)', target: true },
        ],
      },
    ],
  };
}

/** Waits out the dialog's fade-in, so a screenshot shows it as the user finally sees it. */
async function faded(dialog: Locator) {
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.MuiDialog-container') ?? el).opacity)).toBe('1');
}

describe('admin: a checklist from a criteria outline', () => {
  it('lists an outline problem at its place, then turns a ">= 50" outline into the editor\'s definition, whose dry run reads that target', { timeout: 300_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/checklists/new`);
    await page.locator('.cm-content').waitFor();
    await page.getByRole('button', { name: '从指标大纲开始' }).click();
    const dialog = page.getByRole('dialog', { name: '从指标大纲生成评估表' });
    const text = dialog.getByTestId('outline-text');
    // A Chinese example to start from.
    await expect.poll(() => text.inputValue()).toContain('"title": "电子病历系统功能应用水平"');
    await faded(dialog);
    await shot(page, 'admin-outline-dialog');
    expect(await axeViolations(page)).toEqual([]);

    // Uploaded with a target the shorthand cannot read: said where, in Chinese, and nothing generated.
    await dialog.getByTestId('upload-outline').setInputFiles({ name: 'outline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(outline('至少50张'), null, 2)) });
    await expect.poll(() => text.inputValue()).toContain('至少50张');
    await dialog.getByRole('button', { name: '生成评估表' }).click();
    const problem = dialog.locator('.outline-problem[data-path="/sections/0/criteria/0/target"]');
    await expect.poll(() => problem.textContent()).toMatch(/^第 1 个章节 · 第 1 个指标 · target：无法识别 count 类指标的目标简写 "至少50张"/);
    await shot(page, 'admin-outline-problem');
    expect(await page.locator('.cm-content').textContent()).not.toContain(ID);

    // Pasted right: the editor holds the generated definition.
    await text.fill(JSON.stringify(outline('>= 50'), null, 2));
    await expect.poll(() => dialog.getByTestId('outline-problems').count()).toBe(0);
    await dialog.getByRole('button', { name: '生成评估表' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.locator('.cm-content').getByText(`"id": "${ID}"`).waitFor();

    // The usual validation, preview and dry run apply; the dry run reads the target as 50.
    await page.getByRole('button', { name: '校验并预览' }).click();
    await page.getByTestId('valid').getByText(`校验通过：${ID} 第 1 版，1 个章节，2 个评分项`).waitFor();
    const preview = page.getByTestId('preview-form');
    await preview.locator('[data-field="goals.beds"] input').fill('49');
    await preview.locator('.criterion-status[data-criterion="beds"] [data-status="not-met"]').waitFor();
    // The field's help text shows only while it has focus: leaving it moves the button up, so leave first, as a user's click would.
    await preview.locator('[data-field="goals.beds"] input').blur();
    await page.getByRole('button', { name: '试算' }).click();
    const beds = page.getByTestId('dry-run-result').locator('tr[data-criterion="beds"]');
    await expect.poll(() => beds.getAttribute('data-status')).toBe('not-met');
    expect(await beds.textContent()).toMatch(/≥ 50\s*张（不低于）/);
    await preview.locator('[data-field="goals.beds"] input').fill('50');
    await preview.locator('.criterion-status[data-criterion="beds"] [data-status="met"]').waitFor();
    // The field's help text shows only while it has focus: leaving it moves the button up, so leave first, as a user's click would.
    await preview.locator('[data-field="goals.beds"] input').blur();
    await page.getByRole('button', { name: '试算' }).click();
    await expect.poll(() => beds.getAttribute('data-status')).toBe('met');
    await shot(page, 'admin-outline-dry-run');

    // On a phone the dialog's actions stay reachable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '从指标大纲开始' }).click();
    await faded(dialog);
    await expect.poll(() => dialog.getByRole('button', { name: '生成评估表' }).isVisible()).toBe(true);
    await shot(page, 'admin-outline-phone');
    expect(errors).toEqual([]);
  });
});
