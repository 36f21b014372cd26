import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM_ARGS, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { hainingRoundWithExpertDraft, PHONE, submitSelf } from './expert-steps.js';
import { input, POLL, stored as storedBy, syncStatus, typeInto, unexpected, workerControls, workerKeeps } from './offline-helpers.js';

/**
 * The expert offline in headless Chromium against the real local server: the on-site page kept
 * by the service worker (with or without the institution's self-evaluation, on a phone that has
 * never seen the app), and evaluations started on the phone (blank, or from the self-evaluation)
 * and created on the server once online. The institution's offline filling is in `offline-filling.test.ts`.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());
// A test that fails while offline must not leave the next one without a network (it could not even sign in).
afterEach(async () => rig?.context.setOffline(false));

const stored = (id: string, as?: string) => storedBy(rig, id, as);

describe('offline on the expert\'s phone', () => {
  it('offline, the on-site page of an institution that has not handed in its self-evaluation opens: the expert scores, told it is not available offline', { timeout: 300_000 }, async () => {
    const roundId = 'offline-no-self';
    const draft = await hainingRoundWithExpertDraft(rig, roundId, { zh: '离线无自评', en: 'Offline without self' });
    const id = draft.body.id as string;
    // inst1 has started its self-evaluation but not submitted it: to the expert it is not there (404).
    expect((await rig.api('inst1', 'POST', '/api/submissions', { roundId, kind: 'self' })).status).toBe(201);
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/expert/onsite/${encodeURIComponent(id)}`);
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('self-side').first().textContent(), POLL).toContain('机构未填');
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
    await expect.poll(() => page.getByTestId('self-side').first().textContent(), POLL).toContain('机构未填');
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

  it('offline, the expert\'s home names every hospital; a hospital that has not submitted starts blank on the phone, a second one from the self-evaluation read before, both reach the server once online; without the round\'s checklist or the hospital\'s record on the phone it says, alone, why starting needs the network', { timeout: 480_000 }, async () => {
    const roundId = 'offline-second-hospital';
    await rig.smokeDraft('offline-second-hospital-setup', 'haining-hospital-2023');
    const unread = await rig.api('admin', 'POST', '/api/institutions', { id: 'offline-unread', name: { zh: '离线未读医院', en: 'Unread hospital' }, regionId: 'haining', context: { hospital: 'renmin', institutionType: 'general', grade: '3-b' } });
    expect(unread.status, JSON.stringify(unread.body)).toBe(201);
    const fresh = await rig.api('admin', 'POST', '/api/institutions', { id: 'offline-fresh', name: { zh: '离线新医院', en: 'Fresh hospital' }, regionId: 'haining', context: { hospital: 'renmin', institutionType: 'general', grade: '3-b' } });
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(201);
    const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
    const round = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name: { zh: '离线第二家', en: 'Offline second hospital' }, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'annual', year: 2026, institutionIds: ['haining-renmin', 'smoke-hospital', 'offline-unread', 'offline-fresh'], expertIds: ['expert'] });
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

    // A hospital that has not handed in its self-evaluation: started blank on the phone, its
    // context from its record (read with the home). One line says so; nothing says it cannot start.
    await rowOf('offline-unread').getByRole('button', { name: '开始现场评估' }).click();
    let choice = page.getByRole('dialog', { name: '现场评估从哪里开始？' });
    await expect.poll(() => choice.getByTestId('start-offline').textContent(), POLL).toMatch(/当前离线：现场评估先建在本机上/);
    expect(await choice.textContent()).toContain('机构尚未提交自评，只能空白开始。');
    expect(await choice.textContent()).not.toMatch(/无法开始|需联网/);
    expect(await choice.getByRole('button', { name: '以机构自评为起点' }).isDisabled()).toBe(true);
    expect(await choice.getByRole('button', { name: '空白开始' }).isDisabled()).toBe(false);
    // The dialog fades in: the picture once it has.
    const settled = () => choice.evaluate((d) => getComputedStyle(d.closest('.MuiDialog-root')?.querySelector('.MuiDialog-container') ?? d).opacity);
    await expect.poll(settled, POLL).toBe('1');
    await shot(page, 'offline-start-blank-390');
    await choice.getByRole('button', { name: '空白开始' }).click();
    await page.waitForURL(/\/expert\/onsite\//, { timeout: 30_000 });
    const blankId = decodeURIComponent(page.url().split('/').pop()!);
    expect(blankId).toBe(`${roundId}.offline-unread.expert`);
    await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
    await typeInto(page, 'facilities.floorArea', '3900');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 2 项');
    await shot(page, 'offline-started-blank-390');
    await page.goto(`${rig.baseUrl}/expert`);
    await expect.poll(() => rowOf('offline-unread').getByTestId('expert-state').textContent(), { timeout: 90_000 }).toBe('现场评估：草稿 · 本机新建，待同步');

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
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('离线 · 待同步 4 项');
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

    // Online: created from the self-evaluation, then the expert's answer saved over it; the blank one
    // created with the hospital's record's context, as if started online, its answer saved over it.
    await rig.context.setOffline(false);
    await expect.poll(async () => (await rig.api('expert', 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body?.answers, { timeout: 30_000 }).toEqual({ facilities: { floorArea: 4000, beds: 180 } });
    expect((await stored(id, 'expert')).prefilledFrom).toEqual({ submissionId: selfId, revision: 1 });
    await expect.poll(async () => (await rig.api('expert', 'GET', `/api/submissions/${encodeURIComponent(blankId)}`)).body?.answers, { timeout: 30_000 }).toEqual({ facilities: { floorArea: 3900 } });
    const blank = await stored(blankId, 'expert');
    expect(blank.prefilledFrom).toBeUndefined();
    expect(blank.context).toMatchObject({ hospital: 'renmin', year: 2026, round: 'annual' });
    await expect.poll(() => syncStatus(page).textContent(), POLL).toBe('已同步');

    // What a phone lacks to start offline, said in one line (why, what to do), both starts off: the
    // round's checklist (this phone never opened an on-site page of it), then the hospital's record
    // (the list the home reads was never kept). Each is dropped from the worker's caches here.
    // Offline first: online, the home reads ahead what a start needs, and a reply landing in the
    // worker's cache after the drop below would put the checklist back.
    await rig.context.setOffline(true);
    await page.goto(`${rig.baseUrl}/expert`);
    await rowOf('offline-fresh').waitFor({ timeout: 90_000 });
    const forget = (path: string) =>
      page.evaluate(async (kept) => {
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) if (new URL(request.url).pathname === kept) await cache.delete(request);
        }
      }, path);
    const cannotStart = async (text: string) => {
      await page.reload();
      await rowOf('offline-fresh').getByRole('button', { name: '开始现场评估' }).click();
      choice = page.getByRole('dialog', { name: '现场评估从哪里开始？' });
      await expect.poll(() => choice.getByTestId('start-offline').textContent(), POLL).toBe(text);
      expect(await choice.textContent()).not.toMatch(/只能空白开始|可以以机构已提交的自评为起点/);
      for (const name of ['以机构自评为起点', '空白开始']) {
        const button = choice.getByRole('button', { name });
        expect(await button.isDisabled()).toBe(true);
        expect(await button.getAttribute('aria-describedby')).toBe('start-offline');
      }
      await expect.poll(settled, POLL).toBe('1');
    };
    await forget('/api/checklists/haining-hospital-2023');
    await cannotStart('当前离线，本机还没有这一轮次的评估表，无法开始现场评估。请联网后再开始；已开始的评估离线也能继续填写。');
    await shot(page, 'offline-start-needs-checklist-390');
    await forget('/api/institutions');
    await cannotStart('当前离线，本机还没有这家机构的资料，无法开始现场评估。请联网打开一次首页后再开始；已开始的评估离线也能继续填写。');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'offline-start-needs-network-390');
    await rig.context.setOffline(false);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
