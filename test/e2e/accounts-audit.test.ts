import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, fieldInput, openFillPage, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * Accounts and the audit trail in headless Chromium (issue 12): refusals on the accounts page in
 * the page's language, a user disabled while filling, and a save's entry in the audit trail named
 * by the checklist's field titles.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

/** Uncaught errors of the page (a refused request's console line is expected here; an unhandled rejection is not). */
function uncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

describe('the accounts page', () => {
  it('offers no disable on the admin\'s own account, saying why; asks before disabling another; says in Chinese why a username cannot be reused', { timeout: 180_000 }, async () => {
    const { page } = await rig.signedIn('admin');
    const errors = uncaught(page);
    await page.goto(`${rig.baseUrl}/admin/accounts`);
    const rowOf = (username: string) => page.locator('tr').filter({ has: page.locator('td.card-title', { hasText: new RegExp(`^${username}$`) }) });
    const own = rowOf('admin');
    await own.getByTestId('own-account').waitFor({ timeout: 30_000 });
    expect(await own.getByTestId('own-account').textContent()).toBe('本人账号，不可停用');
    expect(await own.getByTestId('own-account').getAttribute('title')).toBe('不能停用自己的账号。请由另一位管理员操作。');
    expect(await own.getByRole('button', { name: '停用' }).count()).toBe(0);
    expect(await rowOf('expert').getByRole('button', { name: '停用' }).count()).toBe(1);

    // Another account's 停用 asks first, naming the account; cancelled, nothing changes.
    await rowOf('expert').getByRole('button', { name: '停用' }).click();
    const confirm = page.getByRole('dialog', { name: /^停用账号 expert（.+）？$/ });
    await confirm.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'accounts-disable-confirm-1280');
    await confirm.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await rig.api('admin', 'GET', '/api/users?role=expert')).body.items.find((u: { username: string }) => u.username === 'expert').status).toBe('active');
    const alert = page.getByTestId('accounts-error');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'accounts-own-row-1280');

    // A username already taken, under the form where the admin typed it.
    await page.getByLabel(/^用户名/).fill('inst1');
    await page.getByLabel(/^名称/).fill('重名用户');
    await page.getByRole('combobox', { name: /^角色/ }).click();
    await page.getByRole('option', { name: '评估专家' }).click();
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toBe('用户名“inst1”已被使用，请换一个。');
    expect(await page.locator('body').textContent()).not.toMatch(/already exists/);

    await page.setViewportSize({ width: 390, height: 844 });
    await alert.scrollIntoViewIfNeeded();
    await shot(page, 'accounts-taken-390');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a user disabled while filling', () => {
  it('is told in Chinese that the account was disabled, with sign-out instead of a retry; the audit trail names the answers saved', { timeout: 240_000 }, async () => {
    const id = await rig.smokeDraft('e2e-accounts', 'haining-hospital-2023');
    const { page } = await rig.signedIn('smoke');
    const errors = uncaught(page);
    await openFillPage(rig, page, id);
    await fieldInput(page, 'facilities.beds').fill('120');
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await rig.api('admin', 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body.answers.facilities?.beds, { timeout: 15_000 }).toBe(120);

    expect((await rig.api('admin', 'POST', '/api/users/smoke/disable')).status).toBe(200);
    await fieldInput(page, 'facilities.beds').fill('130');
    const state = page.getByTestId('save-state');
    await expect.poll(() => state.getAttribute('data-code'), { timeout: 30_000 }).toBe('account-disabled');
    expect(await state.textContent()).toContain('未保存：你的账号已被管理员停用');
    expect(await state.textContent()).not.toMatch(/disabled; ask/);
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
    await shot(page, 'fill-account-disabled-1280');

    // A page opened now says the same, with sign-out in place of 重试.
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
    const pageAlert = page.getByRole('alert').filter({ hasText: '你的账号已被管理员停用' });
    await pageAlert.waitFor({ timeout: 30_000 });
    expect(await pageAlert.getByRole('button', { name: '重试' }).count()).toBe(0);
    await pageAlert.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/login$/, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
    expect((await rig.api('admin', 'POST', '/api/users/smoke/enable')).status).toBe(200);

    // The administrator reads the save in the checklist's words: the field's title, old → new.
    const admin = await rig.signedIn('admin');
    await admin.page.goto(`${rig.baseUrl}/admin/submissions/${encodeURIComponent(id)}`);
    const save = admin.page.locator('tr[data-action="save"]').first();
    await save.waitFor({ timeout: 60_000 });
    const title = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body.definition.form.schema.properties.facilities.properties.beds.title as string;
    await expect.poll(() => save.textContent(), { timeout: 30_000 }).toContain(`${title}：（未填） → 120`);
    expect(await save.textContent()).not.toContain('facilities.beds');
    await shot(admin.page, 'audit-save-fields-1280');
    await admin.page.close();
  });
});
