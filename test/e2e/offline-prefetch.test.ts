import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { PHONE } from './expert-steps.js';
import { POLL, stored, syncStatus, typeInto, unexpected, workerControls, workerKeeps } from './offline-helpers.js';

/**
 * The expert's home reads ahead what an on-site start needs, so a phone that never opened a
 * round's form can still start one at the hospital, offline (headless Chromium against the real
 * local server; the browser context's offline mode cuts the page and its worker off).
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());
// A test that fails while offline must not leave the next one without a network.
afterEach(async () => rig?.context.setOffline(false));

describe('the expert\'s home keeps what an on-site start needs', () => {
  it('having only seen the home, online, the expert starts a blank on-site evaluation offline; it reaches the server once online', { timeout: 420_000 }, async () => {
    const roundId = 'prefetch-home-only';
    const hospital = await rig.api('admin', 'POST', '/api/institutions', { id: 'prefetch-hospital', name: { zh: '预读医院', en: 'Read-ahead hospital' }, regionId: 'haining', context: { hospital: 'renmin', institutionType: 'general', grade: '3-b' } });
    expect(hospital.status, JSON.stringify(hospital.body)).toBe(201);
    const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
    const round = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name: { zh: '只看首页', en: 'Home only' }, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'annual', year: 2026, institutionIds: ['prefetch-hospital'], expertIds: ['expert'] });
    expect(round.status, JSON.stringify(round.body)).toBe(201);

    // Online, the home only: no on-site page of this round is ever opened on this phone.
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/expert`);
    const card = page.locator(`[data-round="${roundId}"]`);
    const row = card.locator('[data-institution="prefetch-hospital"]');
    await card.getByRole('heading', { name: '只看首页' }).waitFor({ timeout: 90_000 });
    await workerControls(page);
    // The worker first precaches the app, which a loaded machine can take a minute over.
    const reads = [`/api/checklists/haining-hospital-2023?version=${version}`, '/api/institutions', `/api/submissions?roundId=${roundId}`];
    for (const path of reads) await expect.poll(() => workerKeeps(page, path), { timeout: 90_000, message: `the worker keeps ${path}` }).toBe(true);
    // Said quietly on the round, once its reads are kept.
    await expect.poll(() => card.getByTestId('ready-offline').textContent(), POLL).toBe(' · 可离线开始');
    expect(page.url()).toBe(`${rig.baseUrl}/expert`);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'offline-prefetch-home-390');

    // At the hospital: no network, the app opened again.
    await rig.context.setOffline(true);
    await page.reload();
    // Nothing waits for the expert there yet (nothing was handed in): the round is one line until unfolded.
    await card.getByRole('button', { name: '展开' }).click({ timeout: 90_000 });
    await row.getByText('预读医院').waitFor(POLL);
    await row.getByRole('button', { name: '开始现场评估' }).click();
    const choice = page.getByRole('dialog', { name: '现场评估从哪里开始？' });
    await expect.poll(() => choice.getByTestId('start-offline').textContent(), POLL).toMatch(/当前离线：现场评估先建在本机上/);
    expect(await choice.textContent()).not.toMatch(/无法开始|需联网/);
    await expect.poll(() => choice.getByRole('button', { name: '空白开始' }).isDisabled(), POLL).toBe(false);
    await choice.getByRole('button', { name: '空白开始' }).click();
    await page.waitForURL(/\/expert\/onsite\//, { timeout: 30_000 });
    const id = decodeURIComponent(page.url().split('/').pop()!);
    expect(id).toBe(`${roundId}.prefetch-hospital.expert`);
    await page.getByRole('tab', { name: /硬件设施/ }).waitFor({ timeout: 90_000 });
    await typeInto(page, 'facilities.floorArea', '4100');
    await expect.poll(() => syncStatus(page).textContent(), POLL).toMatch(/^离线 · 待同步 \d+ 项$/);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'offline-prefetch-started-390');

    // Online again: created on the server with the hospital's context, the answer saved over it.
    await rig.context.setOffline(false);
    await expect.poll(async () => (await rig.api('expert', 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body?.answers, { timeout: 60_000 }).toEqual({ facilities: { floorArea: 4100 } });
    expect((await stored(rig, id, 'expert')).context).toMatchObject({ hospital: 'renmin', year: 2026, round: 'annual' });
    await expect.poll(() => syncStatus(page).textContent(), { timeout: 60_000 }).toBe('已同步');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
