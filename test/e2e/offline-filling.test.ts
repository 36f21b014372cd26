import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { PHONE } from './expert-steps.js';
import { draftFor as draftForBy, input, keptOnDevice, openOnce as openOnceBy, openOnline as openOnlineBy, POLL, stored as storedBy, syncStatus, typeInto, unexpected, workerControls, workerKeeps } from './offline-helpers.js';

/**
 * Offline filling in headless Chromium against the real local server: the service worker serves
 * the app shell and the last reads, IndexedDB keeps the edits, the outbox syncs them, and a
 * conflict is settled answer by answer; other pages say when they show what was kept. The expert's
 * pages offline are in `offline-expert.test.ts`.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());
// A test that fails while offline must not leave the next one without a network (it could not even sign in).
afterEach(async () => rig?.context.setOffline(false));

const MOBILE = { width: 390, height: 844 };
const draftFor = (roundId: string) => draftForBy(rig, roundId);
const stored = (id: string, as?: string) => storedBy(rig, id, as);
const openOnce = (page: Page, id: string) => openOnceBy(rig, page, id);
const openOnline = (page: Page, id: string) => openOnlineBy(rig, page, id);

describe('offline filling', () => {
  // An edit made offline was lost here in about one CI run in three (the device kept `answers: {}`):
  // JSON Forms' late report of the cached copy it opened with was taken as an edit after the kept
  // edits were put back. ChecklistForm now ignores copies the page handed it (checklist-form-echo.test.ts).
  it('edits made offline survive a reload without network and reach the server when it returns', { timeout: 300_000 }, async () => {
    const id = await draftFor('offline-sync');
    const { page, errors } = await rig.signedIn('inst1');
    await openOnce(page, id);

    await rig.context.setOffline(true);
    await expect.poll(() => syncStatus(page).getAttribute('data-state'), POLL).toBe('offline');
    await typeInto(page, 'facilities.floorArea', '5200');
    await typeInto(page, 'facilities.beds', '320');
    await page.getByRole('tab', { name: /医疗技术能力攀登行动/ }).click();
    await typeInto(page, 'technology.discharges', '41000');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 3 项');
    expect(await page.getByTestId('save-state').textContent()).toBe('离线：修改已存在本机，待同步 3 项');

    // A reload without network: the shell comes from the worker, the draft from its cache, the edits from IndexedDB.
    await page.reload();
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    // On failure, say what the device still keeps: lost there, or kept and not shown.
    await expect.poll(() => input(page, 'facilities.floorArea').inputValue(), POLL).toBe('5200').catch(async (error: Error) => {
      throw new Error(`${error.message}\nkept on the device: ${await keptOnDevice(page)}\npage errors: ${errors.join(' | ')}`);
    });
    expect(await input(page, 'facilities.beds').inputValue()).toBe('320');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 3 项');
    await shot(page, 'offline-pending-1280');
    await page.setViewportSize(MOBILE);
    await shot(page, 'offline-pending-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: /医疗技术能力攀登行动/ }).click();
    expect(await input(page, 'technology.discharges').inputValue()).toBe('41000');
    // Nothing reached the server yet.
    expect((await stored(id)).answers).toEqual({});

    await rig.context.setOffline(false);
    await expect.poll(async () => (await stored(id)).answers, { timeout: 20_000 }).toEqual({ facilities: { floorArea: 5200, beds: 320 }, technology: { discharges: 41000 } });
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('已同步');
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    await shot(page, 'offline-synced-1280');
    await page.setViewportSize(MOBILE);
    await shot(page, 'offline-synced-390');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('a change made on the server meanwhile is shown answer by answer on sync; the server ends with the chosen values', { timeout: 300_000 }, async () => {
    const id = await draftFor('offline-conflict');
    const { page } = await rig.signedIn('inst1');
    await openOnline(page, id);

    await rig.context.setOffline(true);
    await expect.poll(() => syncStatus(page).getAttribute('data-state'), POLL).toBe('offline');
    await typeInto(page, 'facilities.floorArea', '6000');
    await typeInto(page, 'facilities.beds', '120');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 2 项');

    // Meanwhile, from another device: the same draft saved with other values.
    const { version } = await stored(id);
    const other = await rig.api('inst1', 'PUT', `/api/submissions/${encodeURIComponent(id)}`, { version, answers: { facilities: { floorArea: 5000, beds: 150 }, technology: { discharges: 999 } }, evidence: {} });
    expect(other.status).toBe(200);

    await rig.context.setOffline(false);
    const dialog = page.getByRole('dialog', { name: '草稿已在别处修改' });
    await dialog.waitFor({ timeout: 20_000 });
    const row = (path: string) => dialog.locator(`[data-conflict-field="${path}"]`);
    // Each differing answer, labelled as the form labels it, with both values.
    expect(await row('facilities.beds').textContent()).toMatch(/编制床位数（张）.*两边都改过.*已保存的内容：150.*我的修改：120/);
    expect(await row('facilities.floorArea').textContent()).toMatch(/总建筑面积（平方米）.*已保存的内容：5000.*我的修改：6000/);
    expect(await row('technology.discharges').textContent()).toMatch(/出院患者总人次.*已保存的内容：999.*我的修改：—/);
    // Nothing is overwritten while the user decides.
    expect((await stored(id)).answers.facilities).toEqual({ floorArea: 5000, beds: 150 });
    await shot(page, 'offline-conflict-1280');
    await page.setViewportSize(MOBILE);
    await shot(page, 'offline-conflict-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Beds: take the server's; floor area: keep mine (the default for my own edit); discharges: the server's (default).
    await row('facilities.beds').getByRole('radio', { name: /已保存的内容/ }).check();
    await dialog.getByRole('button', { name: '保存所选' }).click();
    await expect.poll(async () => (await stored(id)).answers, { timeout: 20_000 }).toEqual({ facilities: { floorArea: 6000, beds: 150 }, technology: { discharges: 999 } });
    await expect.poll(() => input(page, 'facilities.beds').inputValue(), POLL).toBe('150');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('已同步');
    await page.close();
  });

  it('other pages say when they show what was kept, and when they have nothing: with a retry, loading by themselves once online', { timeout: 300_000 }, async () => {
    const { page, errors } = await rig.signedIn('comm1');
    const overseen = page.getByTestId('overseen');
    await overseen.locator('[data-round="demo-2025-annual"] [data-participant="haining-renmin"]').waitFor({ timeout: 60_000 });
    await workerControls(page);
    await expect.poll(() => workerKeeps(page, '/api/oversee/rounds'), POLL).toBe(true);
    expect(await page.getByTestId('offline-note').count()).toBe(0);

    // Offline on the page: what it shows is said to be the last saved.
    await rig.context.setOffline(true);
    await expect.poll(() => page.getByTestId('offline-note').textContent(), POLL).toBe('离线：显示上次保存的数据');
    // Reloaded offline: the same rows, from the worker, with the same note.
    await page.reload();
    await overseen.locator('[data-round="demo-2025-annual"] [data-participant="haining-renmin"]').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('offline-note').textContent(), POLL).toBe('离线：显示上次保存的数据');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'offline-kept-home-1280');

    // A page never read on this device (a dashboard is not kept): said plainly, with a retry; no spinner.
    await page.goto(`${rig.baseUrl}/oversee/rounds/demo-2025-annual/dashboard`);
    const alert = page.getByRole('alert').filter({ hasText: '离线，无法加载；联网后自动重试' });
    await alert.waitFor({ timeout: 60_000 });
    await alert.getByRole('button', { name: '重试' }).click();
    await alert.waitFor(POLL);
    expect(await page.getByRole('status').filter({ hasText: '加载中' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'offline-not-kept-1280');
    await page.setViewportSize(PHONE);
    await shot(page, 'offline-not-kept-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Online again: the dashboard loads without a click.
    await rig.context.setOffline(false);
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    expect(await alert.count()).toBe(0);
    expect(await page.getByTestId('offline-note').count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('an answer typed while the edits kept on the device are still being read (just after a reload) stays as typed; the kept edits come back beside it', { timeout: 300_000 }, async () => {
    const id = await draftFor('offline-late-read');
    const { page, errors } = await rig.signedIn('inst1');
    await openOnce(page, id);
    await rig.context.setOffline(true);
    await expect.poll(() => syncStatus(page).getAttribute('data-state'), POLL).toBe('offline');
    await typeInto(page, 'facilities.beds', '320');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 1 项');

    // A slow device: after the reload, the outbox's database answers only when the test says so.
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('test.holdOutbox')) return;
      let release: () => void = () => undefined;
      const released = new Promise<void>((r) => (release = r));
      (window as unknown as { releaseOutbox: () => void }).releaseOutbox = release;
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        const request = open.call(this, name, version);
        if (name !== 'dabiao-offline') return request;
        const add = request.addEventListener.bind(request) as (type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => void;
        (request as { addEventListener: unknown }).addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: unknown) =>
          add(type, type === 'success' ? (e: Event) => void released.then(() => (typeof listener === 'function' ? listener.call(request, e) : listener.handleEvent(e))) : listener, options);
        return request;
      };
    });
    await page.evaluate(() => sessionStorage.setItem('test.holdOutbox', '1'));
    await page.reload();
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    // The form shows the (cached) server copy; the kept edit is not back yet.
    await input(page, 'facilities.floorArea').waitFor();
    expect(await input(page, 'facilities.beds').inputValue()).toBe('');
    await input(page, 'facilities.floorArea').fill('5200');
    await input(page, 'facilities.floorArea').blur();
    await expect.poll(() => page.locator('[data-testid="save-state"][data-state="offline"]').count(), POLL).toBe(1);

    await page.evaluate(() => (window as unknown as { releaseOutbox: () => void }).releaseOutbox());
    await expect.poll(() => input(page, 'facilities.beds').inputValue(), POLL).toBe('320');
    expect(await input(page, 'facilities.floorArea').inputValue()).toBe('5200');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 2 项');

    await rig.context.setOffline(false);
    await expect.poll(async () => (await stored(id)).answers, { timeout: 20_000 }).toEqual({ facilities: { floorArea: 5200, beds: 320 } });
    expect(await input(page, 'facilities.floorArea').inputValue()).toBe('5200');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
