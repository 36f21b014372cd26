import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM_ARGS, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { hainingRoundWithExpertDraft, PHONE, submitSelf } from './expert-steps.js';

/**
 * Offline filling in headless Chromium against the real local server: the service worker serves
 * the app shell and the last reads, IndexedDB keeps the edits, the outbox syncs them, and a
 * conflict is settled answer by answer. The browser context's offline mode cuts the page and its
 * worker off the network; the API calls made from the test still reach the server.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const MOBILE = { width: 390, height: 844 };
/** The shared 2-core machine can be loaded many times over: UI states get this long to appear. */
const POLL = { timeout: 20_000 };
const input = (page: Page, path: string) => page.locator(`[data-field="${path}"] input`).first();
const syncStatus = (page: Page) => page.getByTestId('sync-status');

/** A Haining round for inst1's hospital and inst1's draft in it, made through the API. */
async function draftFor(roundId: string): Promise<string> {
  const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
  const round = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name: { zh: `离线测试 ${roundId}`, en: `Offline ${roundId}` }, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'final', year: 2025, institutionIds: ['haining-renmin'], expertIds: [] });
  expect(round.status).toBe(201);
  const draft = await rig.api('inst1', 'POST', '/api/submissions', { roundId, kind: 'self' });
  expect(draft.status).toBe(201);
  return draft.body.id as string;
}

const stored = async (id: string, as = 'inst1') => (await rig.api(as, 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body;

/** Waits until the service worker controls `page` (it claims the page once installed). */
const workerControls = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
/** The browser's own network errors while offline are expected; nothing else. */
const unexpected = (errors: string[]) => errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e));

/** Whether the service worker's caches hold the reply to GET `path` (on the page's origin). */
const workerKeeps = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    for (const name of await caches.keys()) if (await (await caches.open(name)).match(url)) return true;
    return false;
  }, new URL(path, page.url()).href);

/**
 * Opens the draft once, online, as a user would: no second visit to get its reads kept. Waits
 * until the worker controls the page and holds the draft's read (the page re-sends through the
 * worker the reads it made before the worker took over).
 */
async function openOnce(page: Page, id: string) {
  await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
  await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
  await expect.poll(() => syncStatus(page).getAttribute('data-state'), POLL).toBe('synced');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  // The worker first precaches the app, which a loaded machine can take a minute over (as long as the page's first tab).
  await expect.poll(() => workerKeeps(page, `/api/submissions/${encodeURIComponent(id)}`), { timeout: 90_000 }).toBe(true);
}

/** Opens the draft online. The conflict test never reloads offline, so it needs nothing kept. */
async function openOnline(page: Page, id: string) {
  await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
  await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
  await expect.poll(() => syncStatus(page).getAttribute('data-state'), POLL).toBe('synced');
}

async function typeInto(page: Page, path: string, value: string) {
  await input(page, path).fill(value);
  await input(page, path).blur();
  await page.waitForTimeout(300);
}

describe('offline filling', () => {
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
    await expect.poll(() => input(page, 'facilities.floorArea').inputValue(), POLL).toBe('5200');
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

  it('offline, the on-site page of an institution that has not handed in its self-evaluation opens: the expert scores, told it is not available offline', { timeout: 300_000 }, async () => {
    const roundId = 'offline-no-self';
    const draft = await hainingRoundWithExpertDraft(rig, roundId, { zh: '离线无自评', en: 'Offline without self' });
    const id = draft.body.id as string;
    // inst1 has started its self-evaluation but not submitted it: to the expert it is not there (404).
    expect((await rig.api('inst1', 'POST', '/api/submissions', { roundId, kind: 'self' })).status).toBe(201);
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/expert/onsite/${encodeURIComponent(id)}`);
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('self-side').first().textContent()).toContain('机构未填');
    await workerControls(page);
    await expect.poll(() => workerKeeps(page, `/api/submissions/${encodeURIComponent(id)}`), POLL).toBe(true);

    await rig.context.setOffline(true);
    await page.reload();
    await page.getByRole('tab', { name: /硬件设施/ }).waitFor({ timeout: 90_000 });
    const note = page.getByTestId('self-unavailable');
    await note.waitFor(POLL);
    expect(await note.textContent()).toMatch(/离线：机构自评不在本机上/);
    // Beside each criterion: not available, rather than "not answered by the institution".
    expect(await page.getByTestId('self-side').first().textContent()).toContain('自评离线不可查看');
    expect(await page.getByRole('alert').filter({ hasText: '无法加载' }).count()).toBe(0);
    await typeInto(page, 'facilities.floorArea', '4800');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 1 项');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'offline-onsite-no-self-390');

    // Back online: the expert's score reaches the server; the self-evaluation is asked for again, still not handed in.
    await rig.context.setOffline(false);
    await expect.poll(async () => (await stored(id, 'expert')).answers, { timeout: 20_000 }).toEqual({ facilities: { floorArea: 4800 } });
    await expect.poll(() => note.count(), POLL).toBe(0);
    expect(await page.getByTestId('self-side').first().textContent()).toContain('机构未填');
    expect(unexpected(errors)).toEqual([]);
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

  it('a fresh phone opens the on-site page once online; offline, a reload shows it again, and a page never opened says it is not stored', { timeout: 420_000 }, async () => {
    const roundId = 'offline-first-visit';
    const draft = await hainingRoundWithExpertDraft(rig, roundId, { zh: '离线首访', en: 'Offline first visit' });
    await submitSelf(rig, 'inst1', roundId, { facilities: { floorArea: 5000, beds: 300 } });
    // A browser that has never seen the app. Its worker is held back until the form has shown, as
    // on a slow network where the worker's install (the whole app, 5 MB) ends long after the
    // page's reads: the order the first visit on a device has, made certain here.
    const userDir = await mkdtemp(join(tmpdir(), 'dabiao-fresh-'));
    const context = await chromium.launchPersistentContext(userDir, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: PHONE, locale: 'zh-CN' });
    try {
      await context.addInitScript(() => {
        const register = ServiceWorkerContainer.prototype.register;
        let release: () => void = () => undefined;
        const released = new Promise<void>((r) => (release = r));
        (window as unknown as { releaseWorker: () => void }).releaseWorker = release;
        if (navigator.serviceWorker?.controller) release();
        ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<ServiceWorkerContainer['register']>) {
          return released.then(() => register.apply(this, args));
        };
      });
      const page = await context.newPage();
      await page.goto(`${rig.baseUrl}/login`);
      await page.getByLabel('用户名').fill('expert');
      await page.getByLabel('密码').fill('demo');
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      const onsite = `${rig.baseUrl}/expert/onsite/${encodeURIComponent(draft.body.id)}`;
      await page.goto(onsite);
      await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

      await page.evaluate(() => (window as unknown as { releaseWorker: () => void }).releaseWorker());
      await page.evaluate(() => new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })));
      await expect.poll(() => workerKeeps(page, `/api/submissions/${encodeURIComponent(draft.body.id)}`), { ...POLL, message: 'the worker keeps the read the page made before it took control' }).toBe(true);

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('tab', { name: /硬件设施/ }).waitFor({ timeout: 90_000 });
      // The institution's own answers stand beside the expert's, from the worker's cache too.
      await expect.poll(() => page.getByTestId('self-side').filter({ hasNotText: '机构未填' }).count(), POLL).toBeGreaterThan(0);
      await shot(page, 'offline-first-visit-reload-390');

      // A page this device never opened: said plainly, with a way to ask again; no endless spinner.
      await page.goto(`${rig.baseUrl}/expert/onsite/${encodeURIComponent(`${roundId}.never-opened.expert`)}`);
      const alert = page.getByRole('alert').filter({ hasText: '离线' });
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toMatch(/离线，无法加载；联网后自动重试/);
      await alert.getByRole('button', { name: '重试' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'offline-not-stored-390');
    } finally {
      await context.close();
      await rm(userDir, { recursive: true, force: true });
    }
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

  it('offline, the expert\'s home names every hospital, a second hospital\'s evaluation starts on the phone from the self-evaluation read before and reaches the server once online; one never read says it needs the network', { timeout: 420_000 }, async () => {
    const roundId = 'offline-second-hospital';
    await rig.smokeDraft('offline-second-hospital-setup', 'haining-hospital-2023');
    const unread = await rig.api('admin', 'POST', '/api/institutions', { id: 'offline-unread', name: { zh: '离线未读医院', en: 'Unread hospital' }, regionId: 'haining', context: { hospital: 'renmin', institutionType: 'general', grade: '3-b' } });
    expect(unread.status, JSON.stringify(unread.body)).toBe(201);
    const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
    const round = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name: { zh: '离线第二家', en: 'Offline second hospital' }, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'annual', year: 2026, institutionIds: ['haining-renmin', 'smoke-hospital', 'offline-unread'], expertIds: ['expert'] });
    expect(round.status, JSON.stringify(round.body)).toBe(201);
    await submitSelf(rig, 'inst1', roundId, { facilities: { floorArea: 5000, beds: 300 } });
    const selfId = await submitSelf(rig, 'smoke', roundId, { facilities: { floorArea: 4000, beds: 200 } });
    const first = await rig.api('expert', 'POST', '/api/submissions', { roundId, institutionId: 'haining-renmin', kind: 'expert', prefillFrom: `${roundId}.haining-renmin.self` });
    expect(first.status, JSON.stringify(first.body)).toBe(201);

    // Online: the first hospital evaluated on site (its checklist is now on the phone), then the home.
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/expert/onsite/${encodeURIComponent(first.body.id)}`);
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    await workerControls(page);
    await page.goto(`${rig.baseUrl}/expert`);
    const card = page.locator(`[data-round="${roundId}"]`);
    const rowOf = (institution: string) => card.locator(`[data-institution="${institution}"]`);
    await rowOf('smoke-hospital').getByText('测试医院').waitFor({ timeout: 90_000 });
    for (const path of ['/api/institutions', `/api/submissions?roundId=${roundId}`]) await expect.poll(() => workerKeeps(page, path), POLL).toBe(true);

    // Offline and reloaded: names, not codes.
    await rig.context.setOffline(true);
    await page.reload();
    await rowOf('smoke-hospital').waitFor({ timeout: 90_000 });
    await expect.poll(() => rowOf('smoke-hospital').locator('p').first().textContent(), POLL).toBe('测试医院');
    expect(await rowOf('haining-renmin').locator('p').first().textContent()).toBe('海宁市人民医院');
    expect(await rowOf('offline-unread').locator('p').first().textContent()).toBe('离线未读医院');

    // A hospital whose self-evaluation this phone never read: said at once, nothing hangs.
    await rowOf('offline-unread').getByRole('button', { name: '开始现场评估' }).click();
    let choice = page.getByRole('dialog', { name: '现场评估从哪里开始？' });
    await expect.poll(() => choice.getByTestId('start-offline').textContent(), POLL).toMatch(/当前离线，无法开始这家机构的现场评估/);
    expect(await choice.getByRole('button', { name: '空白开始' }).isDisabled()).toBe(true);
    // The dialog fades in: the picture once it has.
    const settled = () => choice.evaluate((d) => getComputedStyle(d.closest('.MuiDialog-root')?.querySelector('.MuiDialog-container') ?? d).opacity);
    await expect.poll(settled, POLL).toBe('1');
    await shot(page, 'offline-start-needs-network-390');
    await choice.getByRole('button', { name: '取消' }).click();
    await choice.waitFor({ state: 'hidden' });

    // The second hospital: started on the phone from its self-evaluation.
    await rowOf('smoke-hospital').getByRole('button', { name: '开始现场评估' }).click();
    choice = page.getByRole('dialog', { name: '现场评估从哪里开始？' });
    await expect.poll(() => choice.getByTestId('start-offline').textContent(), POLL).toMatch(/当前离线：现场评估先建在本机上/);
    await expect.poll(settled, POLL).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'offline-start-390');
    await choice.getByRole('button', { name: '以机构自评为起点' }).click();
    await page.waitForURL(/\/expert\/onsite\//, { timeout: 30_000 });
    const id = decodeURIComponent(page.url().split('/').pop()!);
    expect(id).toBe(`${roundId}.smoke-hospital.expert`);
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    await expect.poll(() => input(page, 'facilities.floorArea').inputValue(), POLL).toBe('4000');
    await typeInto(page, 'facilities.beds', '180');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 2 项');
    expect((await rig.api('expert', 'GET', `/api/submissions/${encodeURIComponent(id)}`)).status).toBe(404);
    await shot(page, 'offline-started-390');

    // Reloaded offline, it opens again from the phone; the home lists it as started.
    await page.reload();
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    await expect.poll(() => input(page, 'facilities.beds').inputValue(), POLL).toBe('180');
    await page.goto(`${rig.baseUrl}/expert`);
    await expect.poll(() => rowOf('smoke-hospital').getByTestId('expert-state').textContent(), { timeout: 90_000 }).toBe('现场评估：草稿 · 本机新建，待同步');
    await rowOf('smoke-hospital').getByRole('link', { name: '继续现场评估' }).click();
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });

    // Online: created from the self-evaluation, then the expert's answer saved over it.
    await rig.context.setOffline(false);
    await expect.poll(async () => (await rig.api('expert', 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body?.answers, { timeout: 30_000 }).toEqual({ facilities: { floorArea: 4000, beds: 180 } });
    expect((await stored(id, 'expert')).prefilledFrom).toEqual({ submissionId: selfId, revision: 1 });
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('已同步');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
