import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { PHONE, hainingRoundWithExpertDraft as roundWithDraft, stored as storedBy, submitSelf as submitSelfBy } from './expert-steps.js';

/**
 * The expert's rounds beyond the phone journey (`expert.test.ts`): a comparison that updates in
 * place when a self-evaluation arrives, a round that evaluates a region, and a note saved on
 * another device meeting the expert's own as a conflict.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const enc = encodeURIComponent;
const stored = (user: string, id: string) => storedBy(rig, user, id);
const submitSelf = (user: string, roundId: string, answers: Record<string, unknown>) => submitSelfBy(rig, user, roundId, answers);
const hainingRoundWithExpertDraft = (roundId: string, name: { zh: string; en: string }) => roundWithDraft(rig, roundId, name);

describe('the expert\'s rounds', () => {
  it('the comparison open on the expert\'s screen shows a self-evaluation submitted meanwhile, without a reload', { timeout: 300_000 }, async () => {
    const roundId = 'refresh-2026';
    // The expert evaluates first (blank start), so the page shows one side only.
    const draft = await hainingRoundWithExpertDraft(roundId, { zh: '对照刷新测试轮次', en: 'Comparison refresh round' });
    const saved = await rig.api('expert', 'PUT', `/api/submissions/${enc(draft.body.id)}`, { version: draft.body.version, answers: { technology: { discharges: 40000, surgeries: 13600 } } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await rig.api('expert', 'POST', `/api/submissions/${enc(draft.body.id)}/submit`, { version: saved.body.version })).status).toBe(202);
    await expect.poll(async () => (await stored('expert', draft.body.id)).status, { timeout: 30_000 }).toBe('scored');

    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/rounds/${roundId}/comparison`);
    const row = page.locator('[data-institution="haining-renmin"]');
    await row.getByText('双方均评分后才能对照').waitFor({ timeout: 30_000 });
    // A reload would lose this mark: it proves the page below updated in place.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    await submitSelf('inst1', roundId, { technology: { discharges: 40000, surgeries: 14400 } });
    await page.locator('[data-testid="largest"] [data-difference="surgery-share"]').waitFor({ timeout: 45_000 });
    expect(await row.locator('[data-criterion="surgery-share"]').getAttribute('data-different')).toBe('true');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a region round lists its region: the expert starts an on-site evaluation of 海宁市 and the page names the region', { timeout: 300_000 }, async () => {
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.waitForURL(/\/expert$/);
    // The demo's city-wide round evaluates the region haining (a region checklist), not institutions.
    const round = page.locator('[data-round="demo-haining-region-2025"]');
    const row = round.locator('[data-participant="region"][data-institution="haining"]');
    // Nothing waits for the expert there yet: the round is one line (not a card of idle rows) until unfolded.
    const folded = round.getByTestId('round-folded-line');
    await folded.waitFor({ timeout: 60_000 });
    expect(await folded.textContent()).toContain('暂无待处理事项 · 1 个地区');
    expect(await row.isVisible()).toBe(false);
    await round.getByRole('button', { name: '展开' }).click();
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('海宁');
    await row.getByRole('button', { name: '开始现场评估' }).click();
    await page.getByRole('button', { name: '空白开始' }).click();
    await page.waitForURL(/\/expert\/onsite\//, { timeout: 60_000 });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '海宁' }).waitFor({ timeout: 60_000 });
    const id = decodeURIComponent(page.url().split('/expert/onsite/')[1]!);
    expect(await stored('expert', id)).toMatchObject({ regionId: 'haining', kind: 'expert', roundId: 'demo-haining-region-2025' });
    // The commission has not started its own evaluation: the page asks for it and hears 404 (none
    // yet, shown as one side only); the browser logs that answer, nothing else may be logged.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    await page.close();
  });

  it('a note saved meanwhile from another device meets the expert\'s own note as a conflict of that note, not a silent overwrite', { timeout: 300_000 }, async () => {
    const roundId = 'notes-2026';
    const draft = await hainingRoundWithExpertDraft(roundId, { zh: '意见冲突测试轮次', en: 'Note conflict round' });
    const id = draft.body.id as string;

    const { page, errors } = await rig.signedIn('expert', { width: 1280, height: 800 });
    await page.goto(`${rig.baseUrl}/expert/onsite/${enc(id)}`);
    await page.getByRole('tab', { name: /医疗技术能力攀登行动/ }).click();
    const note = page.locator('textarea[data-note="surgery-share"]');
    await note.waitFor({ timeout: 60_000 });
    // Another device saves a note on the same item first.
    const other = await rig.api('expert', 'PUT', `/api/submissions/${enc(id)}`, { version: draft.body.version, answers: {}, notes: { 'surgery-share': '平板上写的：台账待核' } });
    expect(other.status, JSON.stringify(other.body)).toBe(200);

    await note.fill('现场核减800例');
    const dialog = page.getByRole('dialog', { name: '草稿已在别处修改' });
    await dialog.waitFor({ timeout: 30_000 });
    const row = dialog.locator('[data-conflict-field="note:surgery-share"]');
    expect(await row.textContent()).toContain('专家意见');
    expect(await row.textContent()).toContain('平板上写的：台账待核');
    expect(await row.textContent()).toContain('现场核减800例');
    // Nothing is overwritten while the expert decides.
    expect((await stored('expert', id)).notes).toEqual({ 'surgery-share': '平板上写的：台账待核' });
    await shot(page, 'expert-note-conflict-1280');

    await row.locator('[data-choice="mine"] input').check();
    await dialog.getByRole('button', { name: '保存所选' }).click();
    await expect.poll(async () => (await stored('expert', id)).notes?.['surgery-share'], { timeout: 20_000 }).toBe('现场核减800例');
    expect(await note.inputValue()).toBe('现场核减800例');
    // The browser logs the 409 that raised the dialog, and the 404 of the self-evaluation this round has not started.
    expect(errors.filter((e) => !/status of (409|404)/.test(e))).toEqual([]);
    await page.close();
  });

  it('on a phone the on-site form stays navigable: tabs and filters stuck at the top, 未填 shows only what is left, 下一个未填 focuses it; criteria that cannot apply are one line with the reason and no upload', { timeout: 300_000 }, async () => {
    const roundId = 'navigate-2026';
    const draft = await hainingRoundWithExpertDraft(roundId, { zh: '现场导航测试轮次', en: 'On-site navigation round' });
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/expert/onsite/${enc(draft.body.id)}`);
    const bar = page.locator('.checklist-sticky');
    await bar.locator('[data-filter="unfilled"]').waitFor();

    // Another hospital's project: 不适用, why, and no evidence to upload; its field folded.
    const xiashi = page.locator('.criterion-status[data-criterion="tcm-xiashi-branch"]');
    expect(await xiashi.getByTestId('na-reason').textContent()).toBe('不适用于本机构：医院为市人民医院，本项适用于市中医院');
    expect(await page.locator('[data-field="facilities.tcmXiashiBranch"] details').getAttribute('open')).toBeNull();

    // Scrolled far down, the tabs and filters are still on screen, just under the app bar.
    await page.mouse.wheel(0, 2500);
    await page.waitForTimeout(300);
    const header = (await page.locator('header').boundingBox())!;
    const stuck = (await bar.boundingBox())!;
    expect(Math.abs(stuck.y - (header.y + header.height))).toBeLessThanOrEqual(2);

    // 未填: only fields whose criteria are still to fill (no 不适用 line, nothing already answered).
    await bar.locator('[data-filter="unfilled"]').click();
    await page.locator('.criterion-status-na').first().waitFor({ state: 'detached' });
    const statuses = await page.locator('.section-fields .criterion-status [data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['missing']));

    // 下一个未填 walks the form: the first to fill, then the next, into the next section when this one is done.
    const focusedField = () => page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field'));
    await bar.getByTestId('next-unfilled').click();
    await expect.poll(focusedField).toBe('facilities.bedAreaCompliant');
    await bar.getByTestId('next-unfilled').click();
    await expect.poll(focusedField).toBe('facilities.renminPhase2');
    await bar.getByTestId('next-unfilled').click();
    await expect.poll(focusedField).not.toMatch(/^facilities\./);
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('医疗技术能力攀登行动');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, 'onsite-navigate-390');
    // No self-evaluation yet: its read answers 404, as in the region round above.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });

  it('after a new version retitles the checklist, a round on the old version is still named by its own version\'s title (expert home, admin rounds list)', { timeout: 300_000 }, async () => {
    // Last in this file: the new version would be the one the rounds above start on.
    const current = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number; title: { zh: string }; definition: Record<string, unknown> };
    const newTitle = { zh: `${current.title.zh}（重新命名）`, en: 'Renamed checklist' };
    const published = await rig.api('admin', 'POST', '/api/checklists', { ...current.definition, version: current.version + 1, title: newTitle });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const expected = `${current.title.zh} · 版本 ${current.version}`;

    const { page, errors } = await rig.signedIn('expert', { width: 1366, height: 900 });
    await page.waitForURL(/\/expert$/);
    const line = page.locator('[data-round="demo-2025-annual"]').getByText(`· 版本 ${current.version}`);
    // The line may end with 可离线开始 once the home has read the round's checklist ahead.
    await expect.poll(() => line.evaluate((el) => [...el.childNodes].filter((n) => !(n instanceof HTMLElement && n.dataset.testid === 'ready-offline')).map((n) => n.textContent).join('')), { timeout: 60_000 }).toBe(expected);
    await shot(page, 'expert-home-pinned-title-1366');

    const admin = await rig.signedIn('admin', { width: 1366, height: 900 });
    await admin.page.goto(`${rig.baseUrl}/admin/rounds`);
    const cell = admin.page.locator('[data-round="demo-2025-annual"]').getByText(`· 版本 ${current.version}`);
    await expect.poll(() => cell.textContent(), { timeout: 60_000 }).toBe(expected);
    expect([...errors, ...admin.errors]).toEqual([]);
    await page.close();
    await admin.page.close();
  });
});

