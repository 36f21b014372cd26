import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldInput as input, openFillPage, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { stored as storedBy } from './expert-steps.js';

/**
 * The fill page in two languages, and one draft edited in two tabs: the English switch
 * translates page and form and is remembered; a save that meets a newer copy asks the user.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const openDraft = (page: Page, id: string) => openFillPage(rig, page, id);
/** The stored submission, as another device would read it. */
const stored = (user: string, id: string) => storedBy(rig, user, id);

describe('language and conflicts', () => {
  it('the English switch translates the page and the form, and persists; validation speaks Chinese by default', { timeout: 120_000 }, async () => {
    const id = await rig.smokeDraft('e2e-lang', 'haining-hospital-2023');
    const { page, errors } = await rig.signedIn('smoke');
    await openDraft(page, id);
    await input(page, 'facilities.floorArea').fill('-5');
    await page.getByText('不能小于 0', { exact: true }).waitFor();
    // The problem list names the same rule, not a generic "填写不正确".
    await page.getByRole('button', { name: '总建筑面积（平方米）：不能小于 0' }).waitFor();
    // The server would refuse a negative area even in a draft: nothing is sent until it is corrected.
    await page.locator('[data-testid="save-state"][data-state="blocked"]').waitFor();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('硬件设施提升改造行动');

    await page.getByTestId('lang-switch').click();
    await page.getByText('Live score').waitFor();
    // The page's own words switch first; the form's labels and statuses can follow a render later.
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Facilities upgrade');
    await expect.poll(() => page.locator('[data-field="facilities.floorArea"] label').textContent()).toContain('Total floor area');
    await page.getByText('At least 0', { exact: true }).waitFor();
    await expect.poll(() => page.locator('.criterion-status').first().textContent()).toMatch(/To fill|N\/A|Info/);
    await shot(page, 'form-1280-en');

    await page.reload();
    await page.getByText('Live score').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('实时得分').waitFor();
    await input(page, 'facilities.floorArea').fill('5000');
    await expect.poll(async () => (await stored('smoke', id)).answers.facilities?.floorArea, { timeout: 15_000 }).toBe(5000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the same draft saved from a second tab is shown as a conflict, not lost', { timeout: 120_000 }, async () => {
    const id = await rig.smokeDraft('e2e-conflict', 'haining-hospital-2023');
    const { page: first } = await rig.signedIn('smoke');
    const second = await rig.context.newPage();
    await openDraft(first, id);
    await openDraft(second, id);

    await input(first, 'facilities.beds').fill('100');
    await expect.poll(async () => (await stored('smoke', id)).answers.facilities?.beds, { timeout: 15_000 }).toBe(100);
    await first.locator('[data-testid="save-state"][data-state="saved"]').waitFor();

    await input(second, 'facilities.beds').fill('200');
    const dialog = second.getByRole('dialog', { name: '草稿已在别处修改' });
    await dialog.waitFor({ timeout: 15_000 });
    const row = dialog.locator('[data-conflict-field="facilities.beds"]');
    expect(await row.textContent()).toContain('200');
    expect(await row.textContent()).toContain('100');
    await shot(second, 'conflict-1280');
    // Nothing was overwritten while the user decides.
    expect((await rig.api('smoke', 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body.answers.facilities.beds).toBe(100);

    await dialog.getByRole('button', { name: '保留我的修改' }).click();
    await expect.poll(async () => (await stored('smoke', id)).answers.facilities?.beds, { timeout: 15_000 }).toBe(200);
    await second.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    await first.close();
    await second.close();
  });
});
