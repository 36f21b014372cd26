import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { PHONE, stored as storedBy, submitSelf as submitSelfBy, type SelfFile } from './expert-steps.js';

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

// Each test is a whole user journey across two accounts; on the shared 2-core machine under load
// one took 139 s at a load average of 20 and over 240 s at 28.
const HAINING = 'demo-2025-annual';
const TAIYUAN = 'demo-taiyuan-2025-final';
// A 1 × 1 PNG: what a phone camera hands the page, in miniature.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const input = (page: Page, path: string) => page.locator(`[data-field="${path}"] input`).first();
const stored = (user: string, id: string) => storedBy(rig, user, id);
const submitSelf = (user: string, roundId: string, answers: Record<string, unknown>, files?: Record<string, SelfFile>) => submitSelfBy(rig, user, roundId, answers, files);

/** Phone-first: nothing wider than the screen. */
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
    // The trauma centre's certificate is required evidence: on site it counts from the self-evaluation.
    const selfId = await submitSelf('inst1', HAINING, { technology: { discharges: 40000, surgeries: 14400, traumaNationalCert: true } }, { 'renmin-trauma-certified': { name: '创伤中心认证.png', bytes: PNG, contentType: 'image/png' } });
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.waitForURL(/\/expert$/);
    const row = page.locator(`[data-round="${HAINING}"] [data-institution="haining-renmin"]`);
    expect(await row.getByTestId('self-state').textContent()).toContain('已评分');
    expect(await row.getByTestId('expert-state').textContent()).toContain('未开始');
    // What waits for the expert is named on its round's card (rounds keep a fixed order, see the return below).
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
    // The institution's certificate is listed as its evidence, can be opened, cannot be removed, and counts.
    const trauma = page.locator('.criterion-status[data-criterion="renmin-trauma-certified"]');
    const inherited = trauma.locator('[data-evidence-inherited]');
    expect(await inherited.textContent()).toContain('机构自评佐证');
    expect(await trauma.getByRole('button', { name: '删除 创伤中心认证.png' }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await inherited.getByRole('button', { name: '下载 创伤中心认证.png' }).click();
    expect((await download).suggestedFilename()).toBe('创伤中心认证.png');
    expect(await page.locator('[data-compare="renmin-trauma-certified"]').getAttribute('data-difference')).toBe('none');
    expect((await stored('expert', id)).evidence).toEqual({});
    await inherited.scrollIntoViewIfNeeded();
    await shot(page, 'expert-onsite-inherited-390');
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
    await touchTargets(page, '.onsite-compare button, .criterion-status label.plain-button, aside button');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-onsite-390');
    await page.getByRole('button', { name: '收起得分' }).click();
    // Folding the score bar moves the page under it: the submit button is clicked once the fold
    // has rendered (a click while the page moves can land beside it on a loaded machine).
    await page.locator('#onsite-score-detail').waitFor({ state: 'hidden' });

    // Nothing blocks submitting, yet the expert is told how many items are still unfilled (the
    // count the 未填 filter shows), as the institution is, and the confirmation repeats it.
    const unfilled = /\d+/.exec((await page.locator('[data-filter="unfilled"]').textContent())!)![0];
    expect(Number(unfilled)).toBeGreaterThan(0);
    const foot = page.getByRole('region', { name: '提交现场评估' });
    expect(await foot.textContent()).toContain(`还有 ${unfilled} 项待填：提交后这些项不得分`);
    expect(await foot.textContent()).not.toContain('没有待处理的问题');
    await page.getByRole('button', { name: '提交现场评估' }).click();
    expect(await page.getByRole('dialog').getByTestId('confirm-unanswered').textContent()).toBe(`还有 ${unfilled} 项待填，提交后这些项不得分。`);
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.waitForURL(/\/rounds\/.*\/comparison$/);
    // No reload: the page asks again while the expert's submission waits for its score.
    await page.locator('[data-testid="largest"] [data-difference="surgery-share"]').waitFor({ timeout: 30_000 });
    const line = page.locator('[data-institution="haining-renmin"] [data-criterion="surgery-share"]');
    expect(await line.getAttribute('data-different')).toBe('true');
    // The expert's note on the item stands under the expert's reading: saved on site, readable once submitted.
    expect(await line.getByTestId('side-note').textContent()).toBe('专家意见：手术台账核减800例');
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
    // inst1 may read the submitted evaluation of it, so it reads the expert's notes in it too.
    expect(await inst.page.locator('[data-institution="haining-renmin"] [data-criterion="surgery-share"]').getByTestId('side-note').textContent()).toBe('专家意见：手术台账核减800例');
    await shot(inst.page, 'inst1-comparison-390');
    expect(inst.errors).toEqual([]);
    await inst.page.close();

    // The administrator's result page of the expert's evaluation shows the note on its item.
    const admin = await rig.signedIn('admin', { width: 1366, height: 900 });
    await admin.page.goto(`${rig.baseUrl}/admin/result/${encodeURIComponent(id)}`);
    const noted = admin.page.locator('.criterion-row[data-criterion="surgery-share"]').getByTestId('criterion-note');
    await noted.waitFor({ timeout: 30_000 });
    expect(await noted.textContent()).toBe('专家意见：手术台账核减800例');
    await noted.scrollIntoViewIfNeeded();
    await shot(admin.page, 'admin-expert-result-note-1366');
    expect(admin.errors).toEqual([]);
    await admin.page.close();
  });

  it('returns inst2\'s self-evaluation with a comment on one item; inst2 sees it there, fixes it and resubmits', { timeout: 420_000 }, async () => {
    const selfId = await submitSelf('inst2', TAIYUAN, { services: { infectiousBeds: 30 } });
    const { page, errors } = await rig.signedIn('expert', PHONE);
    const roundOrder = () => page.locator('[data-round]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-round')));
    await page.locator(`[data-round="${TAIYUAN}"] [data-institution="qingxu-renmin"]`).waitFor({ state: 'attached' });
    const before = await roundOrder();
    await page.locator(`[data-round="${TAIYUAN}"] [data-institution="qingxu-renmin"]`).getByRole('link', { name: '退回自评' }).click();
    await page.waitForURL(/\/expert\/review\//);
    const comment = page.locator('textarea[data-comment="infectious-beds"]');
    await comment.waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-review="infectious-beds"]').textContent()).toContain('未达标');
    await comment.fill('传染病床位请按实际开放床位填写，并附床位清单');
    // A field scrolled under the sticky 退回机构修改 / 取消 bar stays under it: its label does not show through.
    const covered = await page.evaluate(() => {
      const bar = document.querySelector('[data-testid="return-actions"]')!;
      const top = bar.getBoundingClientRect().top;
      const label = [...document.querySelectorAll('[data-review] [id^="review-label-"]')].find((l) => l.getBoundingClientRect().top > top + 60)!;
      window.scrollBy(0, label.getBoundingClientRect().top - (top + 20));
      const r = label.getBoundingClientRect();
      return bar.contains(document.elementFromPoint(r.left + 4, r.top + r.height / 2));
    });
    expect(covered).toBe(true);
    await comment.scrollIntoViewIfNeeded();
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-return-390');
    // Each comment box is named once: its caption and the item's title, with no second copy in the outline's legend.
    const box = page.getByRole('textbox', { name: /^对此项的意见 / }).first();
    const name = await box.evaluate((el) => (el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(name).toMatch(/^对此项的意见 \S/);
    expect(await page.locator('[data-review] legend').evaluateAll((ls) => ls.map((l) => (l.textContent ?? '').replace(/\u200b/g, '').trim()).filter(Boolean))).toEqual([]);
    // Returning cannot be undone: a dialog names the institution and the number of comments first.
    await page.getByRole('button', { name: '退回机构修改' }).click();
    const confirm = page.getByRole('dialog', { name: '将自评退回给清徐县人民医院？' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('附 1 条意见');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-return-confirm-390');
    expect(await stored('inst2', selfId)).toMatchObject({ status: expect.stringMatching(/submitted|scored/) });
    await confirm.getByRole('button', { name: '退回机构修改' }).click();
    await page.waitForURL(/\/expert$/);
    // The home page says the return went through, naming the institution; the rounds have not moved.
    expect(await page.getByTestId('returned-note').textContent()).toContain('已将清徐县人民医院的自评退回');
    await page.locator(`[data-round="${TAIYUAN}"]`).waitFor();
    expect(await roundOrder()).toEqual(before);
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
});
