import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { PHONE } from './expert-steps.js';

/**
 * The phone's account menu is the shell's own (plain elements, not MUI's Menu): a keyboard user
 * must still be able to open it, move through it, leave it and get back where they were.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const focused = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.getAttribute('data-testid'));

describe('the account menu on a phone', () => {
  it('opens from the keyboard on its first choice, moves with the arrow keys past the name, closes on Escape back to its button, and on a click outside', { timeout: 180_000 }, async () => {
    const { page, errors } = await rig.signedIn('inst1', PHONE);
    const button = page.getByTestId('account-menu');
    await button.waitFor({ timeout: 60_000 });
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await page.getByTestId('lang-switch').count()).toBe(0);

    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['inst1', 'English', '修改密码', '退出']);
    // The name is shown, not chosen: focus starts on the language and never lands on the name.
    expect(await focused(page)).toBe('English');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('修改密码');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('退出');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('English');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('退出');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('account-menu');
    expect(await button.getAttribute('aria-expanded')).toBeNull();

    // ↓ on the button opens it too; a tap elsewhere closes it without choosing anything.
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await menu.waitFor({ state: 'hidden' });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    // Choosing from it works: the language changes and the menu closes.
    await button.click();
    await menu.getByRole('menuitem', { name: 'English' }).click();
    await menu.waitFor({ state: 'hidden' });
    await button.click();
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['inst1', '中文', 'Change password', 'Sign out']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
