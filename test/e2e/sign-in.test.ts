import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/** Sign-in through the built-in identity in headless Chromium: the forced first change, refresh, sign-out. */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

describe('signing in with the built-in identity', () => {
  it('a new user signs in with the one-time password, must choose a policy-conforming one, and lands on their home page', { timeout: 120_000 }, async () => {
    const created = await rig.api('admin', 'POST', '/api/users', { username: 'newinst', role: 'institution', institutionId: 'haining-renmin', displayName: '新用户' });
    expect(created.status).toBe(201);
    const otp = created.body.oneTimePassword as string;

    const page = await rig.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Cleared where no app code runs (see the harness's signedIn): no refresh in flight can undo it.
    await page.goto(`${rig.baseUrl}/api/health`);
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await page.goto(`${rig.baseUrl}/login`);
    await page.getByLabel(/用户名/).fill('newinst');
    await page.getByLabel(/^密码/).fill(otp);
    await page.getByRole('button', { name: /^登录$/ }).click();
    await page.waitForURL(/\/password$/);
    await page.getByText('您正在使用一次性密码登录').waitFor();
    // Nothing else is open meanwhile: the home page sends it back here.
    await page.goto(`${rig.baseUrl}/inst`);
    await page.waitForURL(/\/(password|login)$/);

    if (page.url().endsWith('/login')) {
      // A reload forgets the change token (it is kept in memory only): sign in again.
      await page.getByLabel(/用户名/).fill('newinst');
      await page.getByLabel(/^密码/).fill(otp);
      await page.getByRole('button', { name: /^登录$/ }).click();
      await page.waitForURL(/\/password$/);
    }
    await page.getByLabel('当前密码', { exact: false }).fill(otp);
    await page.getByLabel(/^新密码/).fill('newinst-2025');
    await page.getByLabel(/^确认新密码/).fill('newinst-2025');
    await page.getByRole('button', { name: '保存新密码' }).click();
    // The server's policy issue, worded in Chinese.
    await page.getByRole('alert').filter({ hasText: '密码不能包含用户名' }).waitFor();
    await shot(page, 'password-policy-1280');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(/^新密码/).fill('Spring-rain-2025');
    await page.getByLabel(/^确认新密码/).fill('Spring-rain-2025');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.waitForURL(/\/inst$/);
    await page.getByTestId('user').filter({ hasText: 'newinst' }).waitFor();

    // A reload keeps the sign-in (the tab kept its access token; the refresh token renews it).
    await page.reload();
    await page.getByTestId('user').filter({ hasText: 'newinst' }).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('refresh')))).toEqual(['dabiao.refresh']);

    // Signing out ends the sign-in on the server too: the stored refresh token no longer works.
    const refreshToken = await page.evaluate(() => localStorage.getItem('dabiao.refresh'));
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/login$/);
    const res = await fetch(`${rig.baseUrl}/api/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
    expect(res.status).toBe(401);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a wrong password says so in Chinese; the menu leads to the change-password page', { timeout: 120_000 }, async () => {
    const page = await rig.context.newPage();
    await page.goto(`${rig.baseUrl}/login`);
    await page.getByLabel(/用户名/).fill('inst1');
    await page.getByLabel(/^密码/).fill('wrong');
    await page.getByRole('button', { name: /^登录$/ }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
    await page.getByLabel(/^密码/).fill('demo');
    await page.getByRole('button', { name: /^登录$/ }).click();
    await page.waitForURL(/\/inst$/);
    await page.getByRole('link', { name: '修改密码' }).click();
    await page.waitForURL(/\/password$/);
    await page.getByRole('heading', { name: '修改密码' }).waitFor();
    await shot(page, 'change-password-1280');
    await page.close();
  });
});
