import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * What a keyboard and a screen reader meet besides the page's content: a console table is a tab
 * stop only while it scrolls.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

/** The console tables' boxes (ScrollTable marks each with whether it scrolls). */
const boxes = (page: Page) => page.locator('[data-scrolls]');

/** Tabs through the whole page once; returns how many stops were a table's box. */
async function tableStops(page: Page): Promise<number> {
  await page.locator('body').focus();
  let stops = 0;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-scrolls') ?? false)) stops++;
  }
  return stops;
}

describe('console tables', () => {
  it('are a focusable, named region only while they do not fit, and stay axe-clean either way', { timeout: 240_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/checklists`);
    await expect.poll(() => boxes(page).count(), { timeout: 60_000 }).toBeGreaterThan(3);
    // 1280 wide: every table fits, so none is a region or a tab stop.
    await expect.poll(() => page.locator('[data-scrolls="true"]').count()).toBe(0);
    expect(await page.locator('[data-scrolls][tabindex]').count()).toBe(0);
    expect(await page.locator('[data-scrolls][role="region"]').count()).toBe(0);
    expect(await tableStops(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // On a phone they scroll sideways: each box is a tab stop named as its table is.
    await page.setViewportSize({ width: 390, height: 844 });
    const count = await boxes(page).count();
    await expect.poll(() => page.locator('[data-scrolls="true"]').count()).toBe(count);
    const first = boxes(page).first();
    expect(await first.getAttribute('tabindex')).toBe('0');
    const name = await first.locator('table').getAttribute('aria-label');
    expect(await page.getByRole('region', { name: name!, exact: true }).count()).toBeGreaterThan(0);
    // A keyboard scrolls the focused box.
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'scroll-table-390');

    // Wide again: the stops go away with the overflow.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('[data-scrolls][tabindex]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
