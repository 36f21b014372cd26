import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The console journey's fixture and editor steps (`console-journey.test.ts`). */

export const ID = 'e2e-journey-rehab';
export const ROUND = 'e2e-journey';

/** Written for this test only, not one of forms/: two criteria, no form (the server generates it). */
export function definition(o: { bedsTarget?: unknown; remoteWeight?: number; version?: number } = {}) {
  return {
    format: 1.1,
    id: ID,
    version: o.version ?? 1,
    status: 'draft',
    title: { zh: '县级康复服务能力（测试）', en: 'County rehabilitation capacity (test)' },
    issuer: { zh: '测试卫健委', en: 'Test commission' },
    plan: { title: { zh: '测试康复方案', en: 'Test rehabilitation plan' }, years: { from: 2025, to: 2027 }, seed: 'rehab.txt' },
    subject: 'institution',
    context: [],
    sections: [{ id: 'rehab', title: { zh: '康复服务', en: 'Rehabilitation' }, clause: '三' }],
    criteria: [
      { id: 'beds', section: 'rehab', title: { zh: '康复床位数', en: 'Rehabilitation beds' }, clause: '三(一)', kind: 'count', value: { field: 'rehab.beds' }, unit: { zh: '张', en: 'beds' }, target: o.bedsTarget ?? { op: '>=', value: 100 }, weight: 1 },
      { id: 'remote', section: 'rehab', title: { zh: '开展远程康复指导', en: 'Remote rehabilitation guidance' }, clause: '三(二)', kind: 'boolean', value: { field: 'rehab.remote' }, target: { equals: true }, weight: o.remoteWeight ?? 1 },
    ],
    bands: [
      { id: 'pass', label: { zh: '达标', en: 'Pass' }, min: 60 },
      { id: 'fail', label: { zh: '未达标', en: 'Fail' }, min: 0 },
    ],
  };
}

export const editor = (page: Page) => page.locator('.cm-content');
export const problem = (page: Page, path: string) => page.locator(`.definition-problem[data-path="${path}"]`);
export const selection = (page: Page) => page.evaluate(() => document.getSelection()?.toString());
/** Replaces the editor's whole text as a user would: select all, then type (one input event). */
export async function replaceEditorText(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/** Selects the first occurrence of `text` in the editor with its own search panel (Ctrl+F). */
export async function findInEditor(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  await field.fill(text);
  // The panel takes the query on a key release (fill sends none): End, then Enter finds the match.
  await field.press('End');
  await field.press('Enter');
  // Escape closes the panel and gives the focus back to the text, the match still selected.
  await page.keyboard.press('Escape');
  await expect.poll(() => selection(page)).toBe(text);
}

/** The institution's inputs: Material debounces them, so each is left and given time to land. */
export async function typeInto(page: Page, path: string, value: string) {
  const el = page.locator(`[data-field="${path}"] input`).first();
  await el.fill(value);
  await el.blur();
}
