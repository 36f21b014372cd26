import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { tablesThatScroll } from './scroll-boxes.js';

/**
 * What a keyboard and a screen reader meet besides the page's content: a console table is a tab
 * stop only while it scrolls, and the live score announces a change of band, not the count of
 * answers still to fill at every keystroke.
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
    await expect.poll(() => tablesThatScroll(page)).toEqual([]);
    expect(await page.locator('[data-scrolls][tabindex]').count()).toBe(0);
    expect(await page.locator('[data-scrolls][role="region"]').count()).toBe(0);
    expect(await tableStops(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // On a phone each version is a card (rows stacked within the screen): nothing scrolls, no box is a stop.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => tablesThatScroll(page)).toEqual([]);
    expect(await page.locator('[data-scrolls][tabindex]').count()).toBe(0);

    // Narrower than the table yet wider than a phone (a small tablet): they scroll sideways, each box a tab stop named as its table is.
    await page.setViewportSize({ width: 620, height: 844 });
    const count = await boxes(page).count();
    await expect.poll(() => page.locator('[data-scrolls="true"]').count()).toBe(count);
    const first = boxes(page).first();
    expect(await first.getAttribute('tabindex')).toBe('0');
    const name = await first.locator('table').getAttribute('aria-label');
    await expect.poll(() => page.getByRole('region', { name: name!, exact: true }).count()).toBeGreaterThan(0);
    // A keyboard scrolls the focused box.
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'scroll-table-620');

    // Wide again: the stops go away with the overflow.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('[data-scrolls][tabindex]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Records what a screen reader would announce: text added or changed under an element whose
 * nearest `aria-live` is not `off` (ARIA: the nearest ancestor's politeness rules).
 */
async function listen(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { announced: string[]; silent: string[] };
    w.announced = [];
    w.silent = [];
    const politeness = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[aria-live]')?.getAttribute('aria-live');
    new MutationObserver((records) => {
      for (const r of records) {
        const nodes = r.type === 'characterData' ? [r.target] : [...r.addedNodes];
        for (const n of nodes) {
          const live = politeness(n);
          const text = n.textContent?.trim();
          if (!live || !text) continue;
          (live === 'off' ? w.silent : w.announced).push(text);
        }
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

describe('the live score', () => {
  it('announces the band as it changes, never the provisional note counting what is left to fill', { timeout: 240_000 }, async () => {
    const made = await rig.api('inst1', 'POST', '/api/submissions', { roundId: 'demo-2025-annual', kind: 'self' });
    expect(made.status).toBe(201);
    const { page, errors } = await rig.signedIn('inst1');
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(made.body.id as string)}`);
    await page.getByRole('tab', { name: /医疗技术能力攀登行动/ }).click();
    const band = page.getByTestId('live-band');
    await expect.poll(() => band.locator('[data-band-reading]').getAttribute('data-band-reading')).toBe('blank');
    await listen(page);
    // The first answer makes the band provisional; later ones complete criteria, so the count to fill drops.
    for (const [path, value] of [['technology.discharges', '40000'], ['technology.surgeries', '14400'], ['technology.provincialRank', '5']] as const) {
      const input = page.locator(`[data-field="${path}"] input`).first();
      await input.pressSequentially(value, { delay: 30 });
      await input.blur();
    }
    await expect.poll(() => band.locator('[data-band-reading]').getAttribute('data-band-reading')).toBe('provisional');
    const heard = () =>
      page.evaluate(() => {
        const w = window as unknown as { announced: string[]; silent: string[] };
        return { announced: w.announced, silent: w.silent };
      });
    // The note changed as answers came in (more than one count), silently.
    await expect.poll(async () => new Set((await heard()).silent).size, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    // The last answer can still be on its way: read the note once the last silent change is the note as shown.
    let note: string | null = null;
    await expect
      .poll(async () => {
        note = await band.locator('.live-band-note').textContent();
        return (await heard()).silent.at(-1) === note;
      })
      .toBe(true);
    expect(note).toMatch(/^暂定，\d+ 项待填$/);
    const { announced } = await heard();
    expect(announced.filter((t) => t.includes('待填'))).toEqual([]);
    const label = (await band.locator('[data-band-reading]').evaluate((el) => el.firstChild?.textContent)) ?? '';
    expect(label).not.toBe('');
    // The band that replaced 尚未填写 was announced.
    expect(announced).toContain(label);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
