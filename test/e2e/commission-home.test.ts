import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { PHONE, stored, submitSelf } from './expert-steps.js';

/**
 * A commission officer (comm1, region 海宁市) signs in and, below its own region's evaluation,
 * reads how the institutions it oversees stand in each round, and opens a scored result. Before,
 * its home showed its own region's evaluation only: nothing of the hospitals it oversees. From
 * there it opens a round's dashboard, read-only and holding its region's institutions only.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

/** inst1's self-evaluation of the Haining round, submitted and scored once for every test here. */
let inst1Self: Promise<string> | undefined;
const scoredSelf = () => (inst1Self ??= submitSelf(rig, 'inst1', 'demo-2025-annual', { technology: { discharges: 40000, surgeries: 14400 } }));

/**
 * Each "·" separator whose line ends with it (the part it introduces wrapped to the next line), as
 * the text around it: empty when every dot stays with the part after it.
 */
const dotsLeftBehind = (within: Locator) =>
  within.evaluate((root) => {
    const chars: { node: Text; i: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) for (let i = 0; i < n.data.length; i++) chars.push({ node: n, i });
    const top = ({ node, i }: { node: Text; i: number }) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().top;
    };
    const left: string[] = [];
    chars.forEach((c, k) => {
      if (c.node.data[c.i] !== '·') return;
      const next = chars.slice(k + 1).find((d) => !/\s/.test(d.node.data[d.i]!));
      if (next && Math.abs(top(next) - top(c)) > 4) left.push(`${c.node.data} | ${next.node.data}`);
    });
    return left;
  });

describe('the commission\'s home', () => {
  it('lists each overseen institution\'s self and expert standing, opens a scored result, in Chinese and English', { timeout: 300_000 }, async () => {
    const selfId = await scoredSelf();
    const score = (await stored(rig, 'inst1', selfId)).score as { total: number; band: { label: { zh: string; en: string } } };

    const { page, errors } = await rig.signedIn('comm1', PHONE);
    const section = page.getByTestId('overseen');
    const round = section.locator('[data-round="demo-2025-annual"]');
    const renmin = round.locator('[data-participant="haining-renmin"]');
    await renmin.waitFor({ timeout: 60_000 });
    // The Haining hospitals it oversees, not Taiyuan's.
    expect(await round.locator('[data-participant]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-participant')))).toEqual(['haining-renmin', 'haining-tcm', 'haining-zhongxin']);
    expect(await section.locator('[data-round="demo-taiyuan-2025-final"]').count()).toBe(0);
    const self = await renmin.getByTestId('overseen-self').textContent();
    expect(self).toContain(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(score.total));
    expect(self).toContain(score.band.label.zh);
    expect(await renmin.getByTestId('overseen-expert').textContent()).toBe('未提交');
    expect(await round.locator('[data-participant="haining-tcm"]').getByTestId('overseen-self').textContent()).toBe('未提交');
    // Every column fits the phone: the expert evaluation column is not cut off at the screen's edge.
    expect(await round.locator('table').evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth)).toBeLessThanOrEqual(1);
    expect(await dotsLeftBehind(section)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'commission-home-390');

    await renmin.getByRole('link', { name: '查看结果：海宁市人民医院' }).click();
    await page.waitForURL(/\/inst\/result\//);
    await page.getByRole('heading', { name: '评估结果', level: 1 }).waitFor({ timeout: 30_000 });
    // The institution's name, read after the result itself on a slow line.
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('海宁市人民医院');

    await page.goBack();
    // On a phone the language is in the account menu.
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Institutions you oversee' }).waitFor();
    expect(await renmin.getByTestId('overseen-self').textContent()).toContain(score.band.label.en);
    // The longer English headers wrap rather than push the expert column past the edge.
    expect(await round.locator('table').evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth)).toBeLessThanOrEqual(1);
    // "Fail · veto items hit: 1" and the round's "(demo) · 2025 · open" wrap before a dot, not after it.
    expect(await dotsLeftBehind(section)).toEqual([]);
    expect(await renmin.getByRole('link', { name: "View result: Haining People's Hospital" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the commission's home reads", () => {
  it('every round it oversees in one request, however many rounds there are, and no round results', { timeout: 300_000 }, async () => {
    // A second round with a Haining hospital: two overseen rounds, still one request.
    const demo = (await rig.api('admin', 'GET', '/api/rounds/demo-2025-annual')).body as { checklistId: string; checklistVersion: number };
    const second = await rig.api('admin', 'POST', '/api/rounds', { id: 'e2e-second', name: { zh: '第二轮次', en: 'Second round' }, checklistId: demo.checklistId, checklistVersion: demo.checklistVersion, type: 'final', year: 2026, institutionIds: ['haining-tcm'], expertIds: [] });
    expect(second.status).toBe(201);
    const { page, errors } = await rig.signedIn('comm1');
    const overseen = page.getByTestId('overseen');
    await overseen.locator('[data-round="demo-2025-annual"] [data-participant]').first().waitFor({ timeout: 60_000 });
    // Counted on a load under the service worker: the first visit re-sends its reads through it once.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.reload();
    await overseen.locator('[data-round="e2e-second"] [data-participant="haining-tcm"]').waitFor({ timeout: 60_000 });
    await overseen.locator('[data-round="demo-2025-annual"] [data-participant="haining-renmin"]').waitFor();
    // Newest year first: the 2026 round above the 2025 one.
    expect(await overseen.locator('[data-round]').evaluateAll((rounds) => rounds.map((r) => r.getAttribute('data-round')))).toEqual(['e2e-second', 'demo-2025-annual']);
    expect(requested.filter((p) => p === '/api/oversee/rounds')).toHaveLength(1);
    expect(requested.filter((p) => p.endsWith('/results'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the commission's read-only dashboard", () => {
  it('opens from its home, ranks its own institutions with the heat map and gaps, and leads to their results and histories on its own routes', { timeout: 300_000 }, async () => {
    const selfId = await scoredSelf();
    // A round mixing Haining and Taiyuan hospitals: comm1 (海宁市) sees the Haining ones only.
    const demo = (await rig.api('admin', 'GET', '/api/rounds/demo-2025-annual')).body as { checklistId: string; checklistVersion: number };
    const mixed = await rig.api('admin', 'POST', '/api/rounds', { id: 'e2e-mixed', name: { zh: '跨地区轮次', en: 'Cross-region round' }, checklistId: demo.checklistId, checklistVersion: demo.checklistVersion, type: 'annual', year: 2026, institutionIds: ['haining-renmin', 'qingxu-renmin'], expertIds: [] });
    expect(mixed.status).toBe(201);

    const { page, errors } = await rig.signedIn('comm1');
    const round = page.getByTestId('overseen').locator('[data-round="demo-2025-annual"]');
    await round.locator('[data-participant="haining-renmin"]').waitFor({ timeout: 60_000 });
    await round.getByTestId('overseen-dashboard').click();
    await page.waitForURL(/\/oversee\/rounds\/demo-2025-annual\/dashboard$/);
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('dashboard-shown').textContent()).toBe('显示 3 / 3 个机构');
    const ranked = await page.locator('[data-testid="ranking"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-institution')));
    expect(ranked.sort()).toEqual(['haining-renmin', 'haining-tcm', 'haining-zhongxin']);
    expect(await page.getByTestId('overseen-note').textContent()).toContain('只读');
    // The scored self-evaluation is in the heat map; nothing leads into the administrator's console.
    await expect.poll(() => page.getByTestId('heatmap').getAttribute('data-rows'), { timeout: 60_000 }).toBe('1');
    await page.getByTestId('gaps').or(page.getByText('暂无同一版本的专家评估可对照')).waitFor({ timeout: 60_000 });
    expect(await page.locator('a[href^="/admin/"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: '记录', exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'commission-dashboard-1280');

    // Its name opens the result on the commission's own result page.
    const renmin = page.locator('[data-testid="ranking"] tr[data-institution="haining-renmin"]');
    await renmin.getByRole('link', { name: '海宁市人民医院' }).click();
    await page.waitForURL(new RegExp(`/inst/result/${selfId.replace(/\./g, '\\.')}$`));
    await page.getByRole('heading', { name: '评估结果', level: 1 }).waitFor({ timeout: 30_000 });
    // Back on the dashboard: the hospital over time, then its region over time, on the commission's routes.
    await page.goBack();
    await renmin.getByRole('link', { name: '历年', exact: true }).click();
    await page.waitForURL(/\/oversee\/institutions\/haining-renmin\/history$/);
    await page.getByRole('heading', { name: '历年评估结果 · 海宁市人民医院', level: 1 }).waitFor({ timeout: 30_000 });
    // The heading shows before the history it heads is read.
    await expect.poll(() => page.locator(`a[href="/inst/result/${selfId}"]`).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await renmin.getByRole('link', { name: '海宁市', exact: true }).click();
    await page.waitForURL(/\/oversee\/regions\/haining\/history$/);
    await page.getByRole('heading', { name: '地区历年评估结果 · 海宁市', level: 1 }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('a[href="/oversee/rounds/demo-2025-annual/dashboard"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('a[href^="/admin/"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'commission-region-history-1280');

    // The mixed round: the Taiyuan hospital is not in what the API sent.
    await page.goto(`${rig.baseUrl}/oversee/rounds/e2e-mixed/dashboard`);
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('dashboard-shown').textContent()).toBe('显示 1 / 1 个机构');
    expect(await page.locator('main').textContent()).not.toContain('清徐');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads on a phone and in English', { timeout: 300_000 }, async () => {
    await scoredSelf();
    const { page, errors } = await rig.signedIn('comm1', PHONE);
    await page.goto(`${rig.baseUrl}/oversee/rounds/demo-2025-annual/dashboard`);
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('heatmap').getAttribute('data-rows'), { timeout: 60_000 }).toBe('1');
    // The page never scrolls sideways on the phone: wide tables scroll in their own box.
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.getByTestId('gaps').or(page.getByText('暂无同一版本的专家评估可对照')).waitFor({ timeout: 60_000 });
    expect(await pageWidth()).toBe(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'commission-dashboard-390');
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: /^Round dashboard/ }).waitFor();
    expect(await page.getByTestId('overseen-note').textContent()).toContain('Read-only');
    expect(await page.getByTestId('dashboard-shown').textContent()).toBe('Institutions shown: 3 of 3');
    expect(await pageWidth()).toBe(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'commission-dashboard-390-en');
    // The history pages' tables, wider than the phone, say they scroll sideways as the dashboard's do.
    for (const path of ['/oversee/regions/haining/history', '/oversee/institutions/haining-renmin/history']) {
      await page.goto(`${rig.baseUrl}${path}`);
      await expect.poll(() => page.getByTestId('scroll-hint').first().textContent(), { timeout: 60_000 }).toBe('Wide table: swipe or scroll sideways for more columns ⇆');
      expect(await pageWidth()).toBe(PHONE.width);
    }
    await shot(page, 'commission-institution-history-390-en');
    expect(errors).toEqual([]);
    await page.close();
  });
});
