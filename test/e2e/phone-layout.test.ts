import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openFillPage, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { hainingRoundWithExpertDraft, PHONE } from './expert-steps.js';
import { tablesThatScroll } from './scroll-boxes.js';
import { labelsMissingTheirField, sectionStartsUnderTheBars } from './section-checks.js';

/**
 * Phones (390 × 844): the live-score bar stuck to the foot of the fill and on-site pages leaves
 * every field reachable (scrolled to, or reached by the keyboard, a field comes up above the bar),
 * and the administrator's rounds and checklists lists and home fit the screen.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const HAINING = 'demo-2025-annual';

/** The section's last answer field (number, text, select): the one a bar at the foot hides first. */
const lastField = (page: Page) => page.locator('.checklist-form [data-field] .plain-field-input:visible').last();

/** Whether the field's centre is on screen and the topmost thing there is the field itself (not the bar). */
function uncovered(field: Locator) {
  return field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const y = r.top + r.height / 2;
    return y >= 0 && y <= window.innerHeight && document.elementFromPoint(r.left + r.width / 2, y) === el;
  });
}

/**
 * Scrolled down to the end of the form, the last field shows above the bar; put right under the
 * bar and then reached by the keyboard (focus), it comes up above the bar.
 */
async function lastFieldClearsTheBar(page: Page, bar: Locator) {
  const field = lastField(page);
  await field.waitFor();
  // Scrolled to again on each try, as a user scrolls to the end: the section just opened may still
  // grow (its fields and evidence lists render) after a first scroll, moving the field under the bar.
  await expect
    .poll(async () => {
      await field.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      return uncovered(field);
    })
    .toBe(true);
  // Under the bar now (as it is after scrolling by hand): the test can see a covered field.
  const barBox = (await bar.boundingBox())!;
  const fieldBox = (await field.boundingBox())!;
  await page.evaluate((dy) => window.scrollBy(0, dy), fieldBox.y + fieldBox.height / 2 - (barBox.y + barBox.height / 2));
  await expect.poll(() => uncovered(field)).toBe(false);
  await field.focus();
  await expect.poll(() => uncovered(field)).toBe(true);
  const focused = (await field.boundingBox())!;
  expect(focused.y + focused.height).toBeLessThanOrEqual((await bar.boundingBox())!.y);
}

async function noHorizontalOverflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('on a phone', () => {
  it('inst1\'s form: the last field of a section is never left under the score bar', { timeout: 180_000 }, async () => {
    const draft = await rig.api('inst1', 'POST', '/api/submissions', { roundId: HAINING, kind: 'self' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const { page, errors } = await rig.signedIn('inst1', PHONE);
    await openFillPage(rig, page, draft.body.id);
    const bar = page.getByRole('complementary', { name: '实时得分' });
    for (const tab of [0, 1]) {
      await page.getByRole('tab').nth(tab).click();
      await lastFieldClearsTheBar(page, bar);
    }
    await shot(page, 'phone-fill-last-field-390');
    await noHorizontalOverflow(page);
    expect(errors).toEqual([]);
  });

  it('the expert\'s on-site form: the same with the score bar folded and unfolded', { timeout: 180_000 }, async () => {
    const draft = await hainingRoundWithExpertDraft(rig, 'e2e-phone-layout', { zh: '手机布局轮次', en: 'Phone layout round' });
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/expert/onsite/${encodeURIComponent(draft.body.id)}`);
    await page.getByRole('tab').first().waitFor({ timeout: 60_000 });
    const bar = page.getByRole('complementary', { name: '实时得分' });
    await lastFieldClearsTheBar(page, bar);
    // Folded, the score is one row at the foot, the tabs and filters one band at the top: most of
    // the screen is left to the questions.
    const folded = (await bar.boundingBox())!.height;
    expect(folded).toBeLessThanOrEqual(80);
    const sticky = page.locator('.checklist-sticky');
    const top = (await sticky.boundingBox())!;
    expect((((await bar.boundingBox())!.y - (top.y + top.height)) / PHONE.height)).toBeGreaterThanOrEqual(0.65);
    await shot(page, 'phone-onsite-folded-390');
    // 下一节 from the foot of a section: the next one starts at its top, just under the stuck tabs, with focus.
    await page.getByRole('button', { name: '下一节' }).click();
    await page.locator('#section-panel[aria-labelledby="section-tab-1"]').waitFor();
    await sectionStartsUnderTheBars(page, page.locator('#section-panel'), sticky);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-panel');
    expect(await labelsMissingTheirField(page)).toEqual([]);
    await shot(page, 'phone-onsite-after-next-390');
    await lastFieldClearsTheBar(page, bar);
    // Unfolded, the bar grows by its section table: the room kept for it grows with it.
    await bar.getByRole('button', { name: '显示得分' }).click();
    await expect.poll(async () => (await bar.boundingBox())!.height).toBeGreaterThan(folded + 100);
    // Measured once it has finished unfolding (MUI's Collapse is a CSS transition of its height).
    await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
    await lastFieldClearsTheBar(page, bar);
    await shot(page, 'phone-onsite-last-field-390');
    await noHorizontalOverflow(page);
    // The round is new: the institution's self-evaluation the page asks for answers 404.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });

  it('the administrator\'s rounds and checklists lists are cards within the screen, the home tiles a 2 × 2 grid', { timeout: 120_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin', PHONE);
    await page.goto(`${rig.baseUrl}/admin/rounds`);
    const round = page.locator(`tr[data-round="${HAINING}"]`);
    await round.waitFor();
    await noHorizontalOverflow(page);
    // Nothing scrolls sideways inside the list either: name (a link to the round), status and deadline are on screen.
    await expect.poll(() => tablesThatScroll(page)).toEqual([]);
    const name = round.getByRole('link', { name: '海宁市2025年度评估（演示）', exact: true });
    expect(await name.getAttribute('href')).toBe(`/admin/rounds/${HAINING}`);
    for (const cell of [name, round.locator('td[data-label="状态："]', { hasText: '进行中' }), round.locator('td[data-label="截止日期："]')]) {
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'phone-admin-rounds-390');

    await page.goto(`${rig.baseUrl}/admin/checklists`);
    const version = page.locator('[data-checklist="haining-hospital-2023"] tr[data-status="published"]');
    await version.waitFor();
    await noHorizontalOverflow(page);
    await expect.poll(() => tablesThatScroll(page)).toEqual([]);
    const published = (await version.locator('td[data-label="发布时间："]').boundingBox())!;
    expect(published.x + published.width).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'phone-admin-checklists-390');

    await page.goto(`${rig.baseUrl}/admin`);
    const tiles = page.getByRole('navigation', { name: '管理控制台' }).getByRole('link');
    await tiles.first().waitFor();
    await noHorizontalOverflow(page);
    const boxes = await tiles.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: Math.round(r.x), y: Math.round(r.y), right: r.right })));
    expect(boxes).toHaveLength(4);
    expect(new Set(boxes.map((b) => b.y)).size).toBe(2);
    expect(new Set(boxes.map((b) => b.x)).size).toBe(2);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'phone-admin-home-390');
    expect(errors).toEqual([]);
  });
});
