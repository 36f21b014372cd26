import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { PHONE, stored, submitSelf } from './expert-steps.js';

/**
 * A commission officer (comm1, region 海宁市) signs in and, below its own region's evaluation,
 * reads how the institutions it oversees stand in each round, and opens a scored result. Before,
 * its home showed its own region's evaluation only: nothing of the hospitals it oversees.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

describe('the commission\'s home', () => {
  it('lists each overseen institution\'s self and expert standing, opens a scored result, in Chinese and English', { timeout: 300_000 }, async () => {
    const selfId = await submitSelf(rig, 'inst1', 'demo-2025-annual', { technology: { discharges: 40000, surgeries: 14400 } });
    const score = (await stored(rig, 'inst1', selfId)).score as { total: number; band: { label: { zh: string; en: string } } };

    const { page, errors } = await rig.signedIn('comm1', PHONE);
    const section = page.getByTestId('overseen');
    const round = section.locator('[data-round="demo-2025-annual"]');
    const renmin = round.locator('[data-participant="haining-renmin"]');
    await renmin.waitFor({ timeout: 60_000 });
    // The Haining hospitals it oversees, not Taiyuan's.
    expect(await round.locator('[data-participant]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-participant')))).toEqual(['haining-renmin', 'haining-tcm', 'haining-zhongxin']);
    expect(await section.locator('[data-round="demo-taiyuan-2025-final"]').count()).toBe(0);
    const self = await renmin.getByTestId('overseen-self').textContent();
    expect(self).toContain(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(score.total));
    expect(self).toContain(score.band.label.zh);
    expect(await renmin.getByTestId('overseen-expert').textContent()).toBe('未提交');
    expect(await round.locator('[data-participant="haining-tcm"]').getByTestId('overseen-self').textContent()).toBe('未提交');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'commission-home-390');

    await renmin.getByRole('link', { name: '查看结果：海宁市人民医院' }).click();
    await page.waitForURL(/\/inst\/result\//);
    await page.getByRole('heading', { name: '评估结果', level: 1 }).waitFor({ timeout: 30_000 });
    // The institution's name, read after the result itself on a slow line.
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('海宁市人民医院');

    await page.goBack();
    // On a phone the language is in the account menu.
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Institutions you oversee' }).waitFor();
    expect(await renmin.getByTestId('overseen-self').textContent()).toContain(score.band.label.en);
    expect(await renmin.getByRole('link', { name: "View result: Haining People's Hospital" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
