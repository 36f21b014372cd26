import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * Every checklist in `forms/` as the institution's form page renders it, in headless Chromium
 * against the real local server: the largest section's progressive first render, and every
 * section of every checklist with no console error. One server and one browser for both.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const MOBILE = { width: 390, height: 844 };
const CHECKLISTS = readdirSync('forms', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name);
const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);

describe('every checklist in forms/ in the browser', () => {
  it('the largest checklist\'s first section: the first fields take input at once, and every field of the section follows', { timeout: 180_000 }, async () => {
    const checklist = 'shanxi-region-2023';
    const definition = JSON.parse(readFileSync(`forms/${checklist}/checklist.json`, 'utf8')) as { form: { uischema: { elements: { elements: { scope: string }[] }[] } } };
    const first = definition.form.uischema.elements[0]!.elements;
    expect(first.length).toBeGreaterThan(20);
    const id = await rig.smokeDraft('e2e-largest', checklist);
    const { page, errors } = await rig.signedIn(id.includes('smoke-county') ? 'smoke-comm' : 'smoke');
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
    // A field only 不适用 criteria read is folded (`data-applies="false"`): the first one to fill takes input.
    await page.locator('#section-panel [data-field]:not([data-applies="false"]) input:not([disabled])').first().waitFor({ timeout: 90_000 });
    // The fields after the first screenful render just after the first paint: all of them arrive.
    await expect.poll(() => page.locator('#section-panel [data-field]').count(), { timeout: 30_000 }).toBe(first.length);
    const path = (scope: string) => scope.replace(/^#\//, '').split('/').filter((_, i) => i % 2 === 1).join('.');
    const last = path(first[first.length - 1]!.scope);
    // The section's last field is there to fill, with the criteria it feeds under it.
    await field(page, last).scrollIntoViewIfNeeded();
    await expect.poll(() => field(page, last).locator('input:not([disabled])').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'fill-largest-zh-1280');
    await page.setViewportSize(MOBILE);
    await shot(page, 'fill-largest-zh-390');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders every section with no console error', { timeout: 900_000 }, async () => {
    expect(CHECKLISTS.length).toBeGreaterThanOrEqual(14);
    // Pages share one profile, so one sign-in at a time: switched when the next checklist needs the other account.
    let current = { as: 'smoke', ...(await rig.signedIn('smoke')) };
    for (const [i, checklist] of CHECKLISTS.entries()) {
      // A region checklist is filled by the region's commission, on the same pages.
      const id = await rig.smokeDraft(`e2e-smoke-${i}`, checklist);
      const as = id.includes('smoke-county') ? 'smoke-comm' : 'smoke';
      if (as !== current.as) {
        await current.page.close();
        current = { as, ...(await rig.signedIn(as)) };
      }
      const { page, errors } = current;
      await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
      const tabs = page.getByRole('tab');
      // Compiling the largest checklists takes a while on a loaded 2-core machine.
      await tabs.first().waitFor({ timeout: 90_000 }).catch((e: Error) => {
        throw new Error(`${checklist}: the form did not appear (${errors.join('; ')}): ${e.message}`);
      });
      const count = await tabs.count();
      for (let s = 0; s < count; s++) {
        await tabs.nth(s).click();
        // Every section shows at least one field, and the live panel has a total.
        await page.locator('#section-panel [data-field]').first().waitFor();
        expect(await page.getByTestId('live-total').textContent(), `${checklist} section ${s}`).toBeTruthy();
      }
      if (i === 0) expect(await axeViolations(page)).toEqual([]);
      expect(errors, checklist).toEqual([]);
    }
    await current.page.close();
  });
});
