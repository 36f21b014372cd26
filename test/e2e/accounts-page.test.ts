import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { ownBrowser } from './own-browser.js';

/**
 * The accounts page's normal path in headless Chromium against the real local server (issue 12):
 * from a new institution account to its refused sign-in once disabled. What an officer
 * downloads: downloads.test.ts.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
const own = ownBrowser();
afterAll(async () => {
  await own.close();
  await rig?.close();
});

const ownBrowserPage = own.page;

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
    await expect.poll(() => page.getByLabel(/^用户名/).inputValue()).toBe('');

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
    // Disabling asks first, naming the account; the row changes only once confirmed.
    await row.getByRole('button', { name: '停用' }).click();
    const confirm = page.getByRole('dialog', { name: `停用账号 ${username}（中医院信息科）？` });
    await confirm.getByText('停用后，该账号不能再登录').waitFor();
    expect(await cell('状态').textContent()).toBe('启用');
    await confirm.getByRole('button', { name: `停用 ${username}` }).click();
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
