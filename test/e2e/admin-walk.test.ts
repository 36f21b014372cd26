import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { submitSelf } from './expert-steps.js';

/**
 * What an administrator reads on the demo seed, page by page: no stored keys or codes in place of
 * words, and an empty table says what will fill it.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

describe('the console in words', () => {
  it("a region's history says why its criteria table is empty; an audit trail names the score, the band and the scorer", { timeout: 180_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/regions/haining/history`);
    await expect.poll(() => page.getByTestId('region-criteria-none').textContent(), { timeout: 30_000 }).toContain('机构自评评分后');
    expect(await axeViolations(page)).toEqual([]);

    const id = await submitSelf(rig, 'inst2', 'demo-taiyuan-2025-final', { services: { infectiousBeds: 30 } });
    await page.goto(`${rig.baseUrl}/admin/submissions/${encodeURIComponent(id)}`);
    const scored = page.locator('tr[data-action="score"]');
    await scored.waitFor({ timeout: 30_000 });
    const text = (await scored.textContent()) ?? '';
    expect(text).toContain('已提交 → 已评分');
    expect(text).toMatch(/总分：[\d.]+；等级：不合格/);
    expect(text).toContain('评分服务（应 inst2 的请求）');
    expect(text).not.toMatch(/resultKey|total:|band:|scorer:/);
    expect(await page.locator('tr[data-action="submit"]').textContent()).toContain('第 1 次提交');
    // Whose record it is, in names: the institution, the kind and the round, not the record's id.
    await expect.poll(() => page.getByTestId('audit-subject').textContent(), { timeout: 30_000 }).toMatch(/^清徐县人民医院 · 自评 · 太原市县级医疗机构2025年总结评估（演示） · 已评分/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
