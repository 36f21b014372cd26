import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * A reload of the form page reads at once with the tab's access token (kept in sessionStorage)
 * instead of refreshing first; a kept token the API refuses falls back to one refresh; a device
 * signed out meanwhile goes to the login page, an open tab at once.
 */
let rig: BrowserRig;
let draft: string;
beforeAll(async () => {
  rig = await startBrowserRig();
  draft = await rig.smokeDraft('reload-haining', 'haining-hospital-2023');
}, 300_000);
afterAll(async () => rig?.close());

const FIELD = '[data-field] input:not([disabled])';

/** The API requests of the next load, in the order the page made them, with their status. */
function record(page: Page) {
  const seen: string[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith('/api/')) seen.push(`${res.request().method()} ${url.pathname.replace(/\/api\/submissions\/[^/]+$/, '/api/submissions/:id')} ${res.status()}`);
  });
  return seen;
}

describe('reloading the form page', () => {
  it('reads the draft with the kept token, with no refresh before (or after) the reads', { timeout: 120_000 }, async () => {
    const { page, errors } = await rig.signedIn('smoke');
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(draft)}`);
    await page.locator(FIELD).first().waitFor();
    const seen = record(page);
    await page.reload();
    await page.locator(FIELD).first().waitFor();
    expect(seen).toContain('GET /api/submissions/:id 200');
    expect(seen.filter((r) => r.includes('/api/auth/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a kept token the API refuses gets one refresh, and the form still opens', { timeout: 120_000 }, async () => {
    const { page } = await rig.signedIn('smoke');
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(draft)}`);
    await page.locator(FIELD).first().waitFor();
    // Still "valid" by its expiry, but not a token the server issued (as after a key rotation).
    await page.evaluate(() => {
      const kept = JSON.parse(sessionStorage.getItem('dabiao.access')!) as { token: string };
      sessionStorage.setItem('dabiao.access', JSON.stringify({ ...kept, token: 'not.a.token' }));
    });
    const seen = record(page);
    await page.reload();
    await page.locator(FIELD).first().waitFor();
    const refused = seen.indexOf('GET /api/submissions/:id 401');
    const refreshed = seen.indexOf('POST /api/auth/refresh 200');
    expect(refused).toBeGreaterThanOrEqual(0);
    expect(refreshed).toBeGreaterThan(refused);
    expect(seen.lastIndexOf('GET /api/submissions/:id 200')).toBeGreaterThan(refreshed);
    // The new token is kept for the next reload.
    expect(await page.evaluate(() => (JSON.parse(sessionStorage.getItem('dabiao.access')!) as { token: string }).token)).not.toBe('not.a.token');
    await page.close();
  });

  it('a device signed out meanwhile (another tab) does not reuse the kept token: the reload goes to the login page', { timeout: 120_000 }, async () => {
    const { page } = await rig.signedIn('smoke');
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(draft)}`);
    await page.locator(FIELD).first().waitFor();
    const other = await rig.context.newPage();
    await other.goto(`${rig.baseUrl}/inst`);
    await other.getByRole('button', { name: '退出' }).click();
    await other.waitForURL(/\/login$/);
    await other.close();
    const seen = record(page);
    await page.reload();
    await page.waitForURL(/\/login$/);
    expect(seen.filter((r) => r.startsWith('GET /api/submissions'))).toEqual([]);
    await page.close();
  });

  it('a sign-out in another tab signs this tab out at once, without a reload, and makes no further reads', { timeout: 120_000 }, async () => {
    const { page, errors } = await rig.signedIn('smoke');
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(draft)}`);
    await page.locator(FIELD).first().waitFor();
    // A reload would lose this mark: it proves the tab left the form by itself.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const seen = record(page);
    const other = await rig.context.newPage();
    await other.goto(`${rig.baseUrl}/inst`);
    await other.getByRole('button', { name: '退出' }).click();
    await other.waitForURL(/\/login$/);
    await other.close();
    await page.waitForURL(/\/login$/, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await page.evaluate(() => [localStorage.getItem('dabiao.refresh'), sessionStorage.getItem('dabiao.access')])).toEqual([null, null]);
    expect(seen.filter((r) => r.startsWith('POST /api/auth/refresh'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a refresh answered after the user signed out in this tab does not sign them back in', { timeout: 120_000 }, async () => {
    const { page } = await rig.signedIn('smoke');
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(draft)}`);
    await page.locator(FIELD).first().waitFor();
    // The server answers the refresh (rotating the token) but the answer is held back until the user has signed out.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/auth/refresh', async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    // A kept token the API refuses (as after a key rotation): the reloaded page refreshes on its 401.
    await page.evaluate(() => {
      const kept = JSON.parse(sessionStorage.getItem('dabiao.access')!) as { token: string };
      sessionStorage.setItem('dabiao.access', JSON.stringify({ ...kept, token: 'not.a.token' }));
    });
    const refreshSent = page.waitForRequest('**/api/auth/refresh');
    await page.reload();
    await refreshSent;
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/login$/);
    const answered = page.waitForResponse('**/api/auth/refresh');
    release();
    expect((await answered).status()).toBe(200);
    // Signed back in, the login page would move on to the home page; give it the time that would take.
    await page.waitForTimeout(1000);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.evaluate(() => [localStorage.getItem('dabiao.refresh'), localStorage.getItem('dabiao.user'), sessionStorage.getItem('dabiao.access')])).toEqual([null, null, null]);
    await page.close();
  });
});
