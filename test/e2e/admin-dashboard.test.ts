import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG, seedBigRound } from './admin-big-round.js';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * The administrator's dashboard in headless Chromium against the real local server: a
 * 1,000-institution round's ranking, heat map, filters, print and click-through, on a phone in
 * both languages, and a round with nothing scored. The views over time and axe-core on every
 * console page: admin-console.test.ts.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
  await seedBigRound(rig);
}, 600_000);
afterAll(async () => rig?.close());

describe('dashboard', () => {
  it('renders the ranking and the heat map for a round of 1,000 institutions, filters, sorts, prints and clicks through', { timeout: 300_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    const criteria = (await rig.api('admin', 'GET', `/api/rounds/${BIG}/dashboard`)).body.criteria.length as number;
    // The service worker controls the page before the dashboard is read, so that what it keeps is checked below.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.goto(`${rig.baseUrl}/admin/rounds/${BIG}/dashboard`);
    // Generous waits: this asserts what renders; the 1 s budget is timed by test/bench/dashboard-bench.ts on a quiet machine.
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('dashboard-shown').textContent()).toBe('显示 1000 / 1000 个机构');
    // The first paint draws one page of the ranking and one window of the heat map, not 1,000 rows.
    await expect.poll(() => page.locator('[data-testid="ranking"] tbody tr').count()).toBe(25);
    // The pager speaks the page's language (MUI's own labels are English).
    expect(await page.locator('.MuiTablePagination-root').first().textContent()).toContain('第 1–25 条，共 1,000 条');
    const heat = page.getByTestId('heatmap');
    await expect.poll(() => heat.getAttribute('data-cells'), { timeout: 60_000 }).toBe(String(40 * criteria));
    expect(await heat.getAttribute('data-rows')).toBe('1000');
    // At 1280 px every column fits: no sideways scroll, no hint; the titles stand upright a column apart (61 columns of under 20 px).
    expect(await page.getByTestId('heatmap-scroll-hint').count()).toBe(0);
    expect(await heat.locator('svg g[data-upright]').getAttribute('data-upright')).toBe('true');
    // Drawn in SVG: one rectangle per cell in its status' colour; the legend names every colour in words.
    expect(await page.getByTestId('heatmap-legend').locator('li').allTextContents()).toEqual(['未达标', '部分达标', '达标', '待填', '不适用', '参考']);
    const d = (await rig.api('admin', 'GET', `/api/rounds/${BIG}/dashboard`)).body;
    const colours: Record<string, string> = { 'not-met': '#c62828', partial: '#f9a825', met: '#2e7d32', missing: '#bdbdbd', 'not-applicable': '#eceff1', info: '#90caf9' };
    // The window's rows are the ranking's first 40: total descending, then institution id.
    const ranked = (d.self.total as number[]).map((total, k) => [total, d.self.statuses[k] as string, d.institutions.id[d.self.row[k]] as string] as const);
    ranked.sort((a, b) => b[0] - a[0] || a[2].localeCompare(b[2]));
    for (const [status, colour] of Object.entries(colours)) {
      const digit = String(d.statusCodes.indexOf(status));
      const inWindow = ranked.slice(0, 40).reduce((n, [, s]) => n + [...s].filter((c) => c === digit).length, 0);
      expect(await heat.locator(`svg rect[fill="${colour}"]`).count()).toBe(inWindow);
    }
    expect(await page.getByTestId('heatmap-range').textContent()).toBe('第 1–40 个机构，共 1000 个（按当前排序）');
    await page.getByRole('button', { name: '下一屏' }).click();
    await expect.poll(() => heat.getAttribute('data-start')).toBe('40');
    expect(await page.getByTestId('heatmap-range').textContent()).toBe('第 41–80 个机构，共 1000 个（按当前排序）');
    // The window as a table, in words: its rows are the chart's (41–80), each cell the API's status for that institution and criterion.
    await page.getByRole('button', { name: '以表格查看本屏' }).click();
    const table = page.getByTestId('heatmap-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(40);
    await expect.poll(() => table.locator('thead th').count()).toBe(criteria + 1);
    // The table heads each column with the criterion's whole title (the chart's axis has to cut them).
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.filter((h) => h.includes('…'))).toEqual([]);
    expect(Math.max(...headers.map((h) => [...h].length))).toBeGreaterThan(8);
    expect(await table.locator('caption').textContent()).toBe('指标达标热力图：第 41–80 个机构，共 1000 个（按当前排序）');
    const words: Record<string, string> = { met: '达标', partial: '部分达标', 'not-met': '未达标', missing: '待填', 'not-applicable': '不适用', info: '参考' };
    for (const tr of [table.locator('tbody tr').first(), table.locator('tbody tr').last()]) {
      const row = d.institutions.id.indexOf(await tr.getAttribute('data-institution'));
      const statuses = d.self.statuses[d.self.row.indexOf(row)] as string;
      expect(await tr.locator('td').allTextContents()).toEqual([...statuses].map((digit) => words[d.statusCodes[Number(digit)]]));
    }
    // The chart and its table, both on screen, pass axe (the page-by-page check below looks before the chart is drawn).
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '收起表格' }).click();
    await expect.poll(() => table.count()).toBe(0);
    // The service worker keeps no dashboard reply (250 KB each, kept 30 days): the administrator reads it online.
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const cached = await page.evaluate(async () => (await (await caches.open('dabiao-api')).keys()).map((r) => new URL(r.url).pathname));
    expect(cached.filter((path) => path.includes('/dashboard'))).toEqual([]);

    // Self vs expert: every institution with both scores, its gap as the API's totals give it.
    const selfAt = new Map<number, number>(d.self.row.map((row: number, k: number) => [row, d.self.total[k]]));
    const expected = new Map<string, number>(d.expert.row.map((row: number, k: number) => [d.institutions.id[row], Math.round((d.expert.total[k] - selfAt.get(row)!) * 10) / 10]));
    expect(expected.size).toBe(10);
    const gaps = await page.locator('[data-testid="gaps"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-institution'), Number(r.getAttribute('data-gap'))] as const));
    expect(new Map(gaps)).toEqual(expected);
    // 最常未达标: the ten criteria most often short (not met or left unanswered), each with its share of the institutions it applied to.
    const digit = (status: string) => String(d.statusCodes.indexOf(status));
    const short = (d.criteria as { id: string }[]).map((c, k) => {
      const letters = (d.self.statuses as string[]).map((s) => s[k]!);
      const missed = letters.filter((x) => x === digit('not-met') || x === digit('missing')).length;
      const applicable = letters.filter((x) => ['met', 'partial', 'not-met', 'missing'].map(digit).includes(x)).length;
      return { id: c.id, missed, share: applicable ? Math.round((missed / applicable) * 100) : 0 };
    });
    const listed = await page.locator('[data-testid="not-met"] li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-criterion')!, Number(li.getAttribute('data-share'))] as const));
    expect(listed).toHaveLength(10);
    const byId = new Map(short.map((x) => [x.id, x]));
    expect(listed.map(([id, share]) => [id, share])).toEqual(listed.map(([id]) => [id, byId.get(id)!.share]));
    const missedListed = listed.map(([id]) => byId.get(id)!.missed);
    expect(missedListed).toEqual([...missedListed].sort((a, b) => b - a));
    expect(Math.max(...short.filter((x) => !listed.some(([id]) => id === x.id)).map((x) => x.missed))).toBeLessThanOrEqual(missedListed.at(-1)!);
    // Each is named by its title and plan clause, with the count and share in words.
    const firstItem = page.locator('[data-testid="not-met"] li').first();
    const firstCriterion = (d.criteria as { id: string; title: { zh: string }; clause: string }[]).find((c) => c.id === listed[0]![0])!;
    expect(await firstItem.textContent()).toContain(`${firstCriterion.title.zh}（${firstCriterion.clause}）`);
    expect(await firstItem.getByTestId('not-met-count').textContent()).toMatch(new RegExp(`^${new Intl.NumberFormat('zh-CN').format(byId.get(firstCriterion.id)!.missed)} / [\\d,]+ 家未达标（${listed[0]![1]}%）`));
    const totals = await page.locator('[data-testid="ranking"] tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-total'))));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(Number(await page.locator('[data-band="-"]').getAttribute('data-count'))).toBe(0);
    await shot(page, 'admin-dashboard-1000');
    await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
    await shot(page, 'admin-dashboard-heatmap');

    await page.getByRole('combobox', { name: /^所属地区/ }).click();
    await page.getByRole('option', { name: '测试县2' }).click();
    // A filter is a step in the page's history (the address keeps it): the view follows it a moment later.
    await expect.poll(() => page.getByTestId('dashboard-shown').textContent()).toBe('显示 200 / 1000 个机构');
    await expect.poll(() => heat.getAttribute('data-rows')).toBe('200');
    expect(await page.getByTestId('region-history-link').getAttribute('href')).toBe(`/admin/regions/${BIG}-region-2/history`);
    await page.getByRole('combobox', { name: /^机构类型/ }).click();
    // Types read as the checklists label them (tcm → 中医医院), not by code.
    await page.getByRole('option', { name: '中医医院', exact: true }).click();
    // Region 2 holds institutions n ≡ 2 (mod 5); half of them, the odd ones, are tcm.
    await expect.poll(() => page.getByTestId('dashboard-shown').textContent()).toBe('显示 100 / 1000 个机构');
    // The filters are in the address: a reload keeps them, and Back undoes the last one.
    expect(new URL(page.url()).searchParams.get('region')).toBe(`${BIG}-region-2`);
    expect(new URL(page.url()).searchParams.get('type')).toBe('tcm');
    await page.reload();
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('dashboard-shown').textContent()).toBe('显示 100 / 1000 个机构');
    expect(await page.getByRole('combobox', { name: /^所属地区/ }).textContent()).toBe('测试县2');
    expect(await page.getByRole('combobox', { name: /^机构类型/ }).textContent()).toBe('中医医院');
    await page.goBack();
    await expect.poll(() => page.getByTestId('dashboard-shown').textContent()).toBe('显示 200 / 1000 个机构');
    expect(await page.getByRole('combobox', { name: /^机构类型/ }).textContent()).not.toBe('中医医院');
    await page.getByRole('combobox', { name: /^机构类型/ }).click();
    await page.getByRole('option', { name: /^全部/ }).click();
    await page.getByRole('combobox', { name: /^所属地区/ }).click();
    await page.getByRole('option', { name: '全部地区' }).click();
    await expect.poll(() => page.getByTestId('dashboard-shown').textContent()).toBe('显示 1000 / 1000 个机构');

    // A cell of the heat map says whose it is (its tooltip) and opens that institution's result.
    await expect.poll(() => heat.getAttribute('data-start')).toBe('0');
    const topName = (await page.locator('[data-testid="ranking"] tbody tr').first().locator('a').first().textContent())!;
    const cell = heat.locator('svg rect').first();
    await cell.hover();
    expect(await page.getByTestId('heatmap-tooltip').textContent()).toContain(topName);
    await cell.click();
    await page.waitForURL(/\/admin\/result\//);
    await page.goBack();
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });

    // Clicking the header again sorts ascending; a submission with a stored result opens as its result page.
    await page.getByRole('button', { name: '总分', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('order')).toBe('asc');
    const ascending = () => page.locator('[data-testid="ranking"] tbody tr').evaluateAll((rows) => rows.slice(0, 5).map((r) => Number(r.getAttribute('data-total'))));
    const lowest = Math.min(...(d.self.total as (number | null)[]).filter((t): t is number => t !== null));
    await expect.poll(async () => { const totals = await ascending(); return totals[0] === lowest && totals.join() === [...totals].sort((a, b) => a - b).join(); }).toBe(true);

    // 打印报告: landscape A4 pages (the named page of print.css), tables and the heat map within the page width.
    await page.getByTestId('gaps').waitFor({ timeout: 90_000 });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.split(/\s+/).map(Number));
    expect(boxes.length).toBeGreaterThan(0);
    // A4 landscape: 297 × 210 mm is 842 × 595 pt.
    for (const [, , w, h] of boxes) expect([Math.round(w!), Math.round(h!)]).toEqual([842, 595]);
    // Laid out at the printable width (297 mm less 2 × 10 mm margins ≈ 1047 px), nothing is wider than the page.
    await page.setViewportSize({ width: 1047, height: 740 });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      ranking: document.querySelector('[data-testid="ranking"]')!.getBoundingClientRect().width,
      heatmap: document.querySelector('[data-testid="heatmap"] > svg')!.getBoundingClientRect().width,
    }));
    expect(printed.page).toBeLessThanOrEqual(1047);
    expect(printed.ranking).toBeLessThanOrEqual(1047);
    expect(printed.heatmap).toBeLessThanOrEqual(1047);
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 800 });

    const first = await rig.api('admin', 'GET', `/api/submissions/${encodeURIComponent(`${BIG}.${BIG}-inst-0001.self`)}`);
    await page.goto(`${rig.baseUrl}/admin/result/${encodeURIComponent(first.body.id)}`);
    await page.getByText(String(first.body.score.total).split('.')[0]!).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone in Chinese and English: no sideways scroll of the page, wide tables scroll in their own box and say so', { timeout: 300_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin', { width: 390, height: 844 });
    const criteria = (await rig.api('admin', 'GET', `/api/rounds/${BIG}/dashboard`)).body.criteria as { title: { zh: string; en: string }; clause: string }[];
    for (const lang of ['zh', 'en']) {
      await page.evaluate((l) => localStorage.setItem('dabiao.lang', l), lang);
      await page.goto(`${rig.baseUrl}/admin/rounds/${BIG}/dashboard`);
      await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
      // The last block (self vs expert) renders after the heat map's first window: wait for the whole page.
      await page.getByTestId('gaps').waitFor({ timeout: 90_000 });
      await expect.poll(() => page.getByTestId('heatmap').getAttribute('data-cells'), { timeout: 60_000 }).not.toBe('0');
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(widths, lang).toEqual({ page: 390, view: 390 });
      // The ranking (a column per section) is wider than the phone: it scrolls inside its box, which says so.
      const ranking = page.locator('.scroll-box', { has: page.getByTestId('ranking') });
      expect(await ranking.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await ranking.getAttribute('role')).toBe('region');
      await expect.poll(() => page.getByTestId('scroll-hint').first().isVisible()).toBe(true);
      expect(await page.getByTestId('scroll-hint').first().textContent()).toBe(lang === 'zh' ? '表格较宽：左右滑动查看更多列 ⇆' : 'Wide table: swipe or scroll sideways for more columns ⇆');
      // So does the heat map's grid (61 criteria at 14 px at least each), and a line above it says so.
      expect(await page.getByTestId('heatmap').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await expect.poll(() => page.getByTestId('heatmap-scroll-hint').isVisible()).toBe(true);
      // A finger has no hover: a tap on a criterion's cut title shows it whole, with its clause.
      await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
      const title = (await page.getByTestId('heatmap').locator('svg > g').first().locator('text').first().boundingBox())!;
      await page.mouse.click(title.x + title.width / 2, title.y + title.height / 2);
      const first = criteria[0]!;
      expect(await page.getByTestId('heatmap-column-title').textContent()).toBe(lang === 'zh' ? `${first.title.zh}（${first.clause}）` : `${first.title.en} (${first.clause})`);
      // Self vs expert: each header on one line (squeezed to 390 px they broke a character a line, 总/分);
      // the table scrolls in its box instead, the institution's name staying in view at the left.
      const gaps = page.getByTestId('gaps');
      const headerLines = await gaps.locator('th').evaluateAll((ths) => ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }));
      expect(headerLines, lang).toEqual([1, 1, 1, 1, 1]);
      const gapBox = page.locator('.scroll-box', { has: gaps });
      expect(await gapBox.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await gapBox.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const [nameCell, frame] = [await gaps.locator('tbody td').first().boundingBox(), await gapBox.boundingBox()];
      expect(Math.abs(nameCell!.x - frame!.x), lang).toBeLessThan(1);
      // The pager's buttons stay within reach (they wrap rather than scroll out of the page).
      const next = page.getByRole('button', { name: lang === 'zh' ? '下一页' : 'Next page' });
      expect((await next.boundingBox())!.x + (await next.boundingBox())!.width).toBeLessThanOrEqual(390);
      await page.getByTestId('gaps').scrollIntoViewIfNeeded();
      await shot(page, `admin-dashboard-390-${lang}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the heat map is empty on a round with nothing scored, instead of an empty chart with clipped labels', { timeout: 240_000 }, async () => {
    const big = (await rig.api('admin', 'GET', `/api/rounds/${BIG}`)).body as { checklistId: string; checklistVersion: number };
    const roundId = 'e2e-unscored';
    const made = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name: { zh: '未评分轮次', en: 'Unscored round' }, checklistId: big.checklistId, checklistVersion: big.checklistVersion, type: 'annual', year: 2026, institutionIds: [`${BIG}-inst-0001`, `${BIG}-inst-0002`], expertIds: [] });
    expect(made.status).toBe(201);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page, errors } = await rig.signedIn('admin', viewport);
      await page.goto(`${rig.baseUrl}/admin/rounds/${roundId}/dashboard`);
      await page.getByTestId('heatmap-empty').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('heatmap-empty').textContent()).toContain('还没有已评分的自评');
      // No chart, no "第 0–0 个机构，共 0 个".
      expect(await page.getByTestId('heatmap').count()).toBe(0);
      expect(await page.getByTestId('heatmap-range').count()).toBe(0);
      expect(await page.getByTestId('dashboard-shown').textContent()).toBe('显示 2 / 2 个机构');
      // Nothing scored is said as such, not as a list with nothing in it.
      expect(await page.getByTestId('not-met-empty').textContent()).toBe('还没有已评分的自评：机构的自评评分后，这里列出最常未达标的指标。');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('heatmap-empty').scrollIntoViewIfNeeded();
      await shot(page, `admin-dashboard-unscored-${viewport.width}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
