import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * The assessment expert on a phone (390 × 844) against the real local server: an on-site
 * evaluation started from inst1's submitted self-evaluation, the comparison, and a return with a
 * comment on one item that inst2 answers. axe-core runs on every expert page.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const PHONE = { width: 390, height: 844 };
// Each test is a whole user journey across two accounts; on the shared 2-core machine under load
// one took 139 s at a load average of 20 and over 240 s at 28.
const HAINING = 'demo-2025-annual';
const TAIYUAN = 'demo-taiyuan-2025-final';
// A 1 × 1 PNG: what a phone camera hands the page, in miniature.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const input = (page: Page, path: string) => page.locator(`[data-field="${path}"] input`).first();
const enc = encodeURIComponent;

async function stored(user: string, id: string) {
  return (await rig.api(user, 'GET', `/api/submissions/${enc(id)}`)).body;
}

/** An institution's self-evaluation through the API, submitted and (for the comparison) scored. */
async function submitSelf(user: string, roundId: string, answers: Record<string, unknown>): Promise<string> {
  const draft = await rig.api(user, 'POST', '/api/submissions', { roundId, kind: 'self' });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const saved = await rig.api(user, 'PUT', `/api/submissions/${enc(draft.body.id)}`, { version: draft.body.version, answers });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await rig.api(user, 'POST', `/api/submissions/${enc(draft.body.id)}/submit`, { version: saved.body.version });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
  await expect.poll(async () => (await stored(user, draft.body.id)).status, { timeout: 30_000 }).toBe('scored');
  return draft.body.id as string;
}

/** Phone-first: nothing wider than the screen. */
/** A 2026 round of the current Haining checklist for haining-renmin with `expert`, and the expert's blank draft in it. */
async function hainingRoundWithExpertDraft(roundId: string, name: { zh: string; en: string }) {
  const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
  const round = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'annual', year: 2026, institutionIds: ['haining-renmin'], expertIds: ['expert'] });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  const draft = await rig.api('expert', 'POST', '/api/submissions', { roundId, institutionId: 'haining-renmin', kind: 'expert' });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  return draft;
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** Touch targets of the visible buttons matched by `selector` are at least 44 px high. */
async function touchTargets(page: Page, selector: string) {
  const heights = await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => [e.textContent, e.getBoundingClientRect().height] as const));
  expect(heights.length).toBeGreaterThan(0);
  expect(heights.filter(([, h]) => h < 44)).toEqual([]);
}

describe('the expert on site, on a phone', () => {
  it('starts from inst1\'s self-evaluation, changes a value so its status differs, comments, photographs, submits; the comparison shows it, to inst1 too', { timeout: 420_000 }, async () => {
    const selfId = await submitSelf('inst1', HAINING, { technology: { discharges: 40000, surgeries: 14400 } });
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.waitForURL(/\/expert$/);
    const row = page.locator(`[data-round="${HAINING}"] [data-institution="haining-renmin"]`);
    expect(await row.getByTestId('self-state').textContent()).toContain('已评分');
    expect(await row.getByTestId('expert-state').textContent()).toContain('未开始');
    // What waits for the expert comes first: the round, and the institution in it.
    await expect.poll(() => page.locator('[data-round]').first().getAttribute('data-round')).toBe(HAINING);
    expect(await page.locator(`[data-round="${HAINING}"] [data-institution]`).first().getAttribute('data-institution')).toBe('haining-renmin');
    expect(await page.locator(`[data-round="${HAINING}"]`).getByRole('alert').or(page.locator(`[data-round="${HAINING}"] .MuiAlert-root`)).first().textContent()).toContain('自评已提交，待现场评估');
    await noHorizontalScroll(page);
    await touchTargets(page, 'main a.MuiButton-root, main button.MuiButton-root');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-home-390');
    // The app bar stays one line on a phone: name, language, password and sign-out sit in the account menu.
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(64);
    await page.getByTestId('account-menu').click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByTestId('user').textContent()).toBe('expert');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['expert', 'English', '修改密码', '退出']);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-account-menu-390');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: '开始现场评估' }).click();
    const choice = page.getByRole('dialog', { name: '现场评估从哪里开始？' });
    await choice.getByRole('button', { name: '空白开始' }).waitFor();
    // The dialog fades in: let it settle before the picture.
    await page.waitForTimeout(500);
    await shot(page, 'expert-choice-390');
    await choice.getByRole('button', { name: '以机构自评为起点' }).click();
    await page.waitForURL(/\/expert\/onsite\//);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    await page.getByRole('tab').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('prefill-origin').textContent()).toContain('以机构自评');
    expect((await stored('expert', id)).prefilledFrom).toEqual({ submissionId: selfId, revision: 1 });

    await page.getByRole('tab', { name: /医疗技术能力攀登行动/ }).click();
    expect(await input(page, 'technology.surgeries').inputValue()).toBe('14400');
    const compare = page.locator('[data-compare="surgery-share"]');
    expect(await compare.getAttribute('data-difference')).toBe('none');
    await input(page, 'technology.surgeries').fill('13600');
    await input(page, 'technology.surgeries').blur();
    await expect.poll(() => compare.getAttribute('data-difference')).toBe('status');
    expect(await compare.getByTestId('self-side').textContent()).toContain('达标');
    expect(await compare.getByTestId('expert-side').textContent()).toContain('未达标');
    expect(await compare.textContent()).toContain('与机构自评不同');
    expect(await page.getByTestId('diff-summary').textContent()).toContain('1 项与机构不同');

    await compare.locator('textarea[data-note="surgery-share"]').fill('手术台账核减800例');
    const photo = page.locator('input[data-criterion-photo="surgery-share"]');
    expect(await photo.getAttribute('accept')).toBe('image/*');
    expect(await photo.getAttribute('capture')).toBe('environment');
    await photo.setInputFiles({ name: '手术室.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.criterion-status[data-criterion="surgery-share"]').getByRole('button', { name: '下载 手术室.png' }).waitFor();
    await expect
      .poll(async () => {
        const s = await stored('expert', id);
        return [s.answers.technology?.surgeries, s.notes?.['surgery-share'], s.evidence['surgery-share']?.[0]?.name];
      }, { timeout: 20_000 })
      .toEqual([13600, '手术台账核减800例', '手术室.png']);

    // The score bar folds: both totals stay in view, the sections open on demand.
    expect(Number(await page.getByTestId('self-total').textContent())).toBeGreaterThan(Number(await page.getByTestId('live-total').textContent()));
    await page.getByRole('button', { name: '显示得分' }).click();
    await page.locator('#onsite-score-detail').waitFor();
    await compare.scrollIntoViewIfNeeded();
    await noHorizontalScroll(page);
    await touchTargets(page, '.onsite-compare button, .criterion-status label.MuiButton-root, aside button');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-onsite-390');
    await page.getByRole('button', { name: '收起得分' }).click();
    // Folding the score bar moves the page under it: the submit button is clicked once the fold
    // has rendered (a click while the page moves can land beside it on a loaded machine).
    await page.locator('#onsite-score-detail').waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: '提交现场评估' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.waitForURL(/\/rounds\/.*\/comparison$/);
    // No reload: the page asks again while the expert's submission waits for its score.
    await page.locator('[data-testid="largest"] [data-difference="surgery-share"]').waitFor({ timeout: 30_000 });
    const line = page.locator('[data-institution="haining-renmin"] [data-criterion="surgery-share"]');
    expect(await line.getAttribute('data-different')).toBe('true');
    // Largest disagreements first: the one differing criterion leads the institution's list.
    expect(await page.locator('[data-institution="haining-renmin"] [data-criterion]').first().getAttribute('data-criterion')).toBe('surgery-share');
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-comparison-390');
    expect(errors).toEqual([]);
    await page.close();

    const inst = await rig.signedIn('inst1', PHONE);
    await inst.page.locator(`tr[data-round="${HAINING}"]`).getByRole('link', { name: '自评与专家对照' }).click();
    await inst.page.locator('[data-institution="haining-renmin"] [data-criterion="surgery-share"][data-different="true"]').waitFor();
    expect(await inst.page.locator('[data-institution]').count()).toBe(1);
    await shot(inst.page, 'inst1-comparison-390');
    expect(inst.errors).toEqual([]);
    await inst.page.close();
  });

  it('returns inst2\'s self-evaluation with a comment on one item; inst2 sees it there, fixes it and resubmits', { timeout: 420_000 }, async () => {
    const selfId = await submitSelf('inst2', TAIYUAN, { services: { infectiousBeds: 30 } });
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.locator(`[data-round="${TAIYUAN}"] [data-institution="qingxu-renmin"]`).getByRole('link', { name: '退回自评' }).click();
    await page.waitForURL(/\/expert\/review\//);
    const comment = page.locator('textarea[data-comment="infectious-beds"]');
    await comment.waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-review="infectious-beds"]').textContent()).toContain('未达标');
    await comment.fill('传染病床位请按实际开放床位填写，并附床位清单');
    // A field scrolled under the sticky 退回 / 返回 bar stays under it: its label does not show through.
    const covered = await page.evaluate(() => {
      const bar = document.querySelector('[data-testid="return-actions"]')!;
      const top = bar.getBoundingClientRect().top;
      const label = [...document.querySelectorAll('[data-review] label')].find((l) => l.getBoundingClientRect().top > top + 60)!;
      window.scrollBy(0, label.getBoundingClientRect().top - (top + 20));
      const r = label.getBoundingClientRect();
      return bar.contains(document.elementFromPoint(r.left + 4, r.top + r.height / 2));
    });
    expect(covered).toBe(true);
    await comment.scrollIntoViewIfNeeded();
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-return-390');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await page.waitForURL(/\/expert$/);
    const returned = await stored('inst2', selfId);
    expect(returned.status).toBe('returned');
    expect(returned.comments).toEqual([expect.objectContaining({ criterionId: 'infectious-beds', text: '传染病床位请按实际开放床位填写，并附床位清单' })]);
    expect(errors).toEqual([]);
    await page.close();

    const inst = await rig.signedIn('inst2', PHONE);
    const row = inst.page.locator(`tr[data-round="${TAIYUAN}"]`);
    expect(await row.getByTestId('self-status').textContent()).toContain('已退回');
    await row.getByRole('button', { name: '继续填写' }).click();
    await inst.page.waitForURL(/\/inst\/fill\//);
    await inst.page.getByRole('tab', { name: /持续提升医疗服务能力/ }).click();
    const at = inst.page.locator('.criterion-status[data-criterion="infectious-beds"] [data-testid="review-comment"]');
    expect(await at.textContent()).toContain('传染病床位请按实际开放床位填写');
    await at.scrollIntoViewIfNeeded();
    await shot(inst.page, 'inst2-returned-390');
    await input(inst.page, 'services.infectiousBeds').fill('50');
    await input(inst.page, 'services.infectiousBeds').blur();
    await expect.poll(() => inst.page.locator('.criterion-status[data-criterion="infectious-beds"] [data-status]').first().getAttribute('data-status')).toBe('met');
    await expect.poll(async () => (await stored('inst2', selfId)).answers.services?.infectiousBeds, { timeout: 15_000 }).toBe(50);
    await inst.page.getByRole('button', { name: '提交', exact: true }).click();
    await inst.page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await inst.page.waitForURL(/\/inst\/result\//);
    await expect.poll(async () => (await stored('inst2', selfId)).revision, { timeout: 30_000 }).toBe(2);
    expect(['submitted', 'scored']).toContain((await stored('inst2', selfId)).status);
    expect(inst.errors).toEqual([]);
    await inst.page.close();
  });

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
});
