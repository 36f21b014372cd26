import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { startBrowserRig, type BrowserRig } from '../e2e/browser-harness.js';
import { seedLargeRound } from '../e2e/large-round.js';

/**
 * `npm run bench` (after the web bench): the round dashboard for 1,000 and 10,000 institutions
 * on the local server (dynalite, the built web app, headless Chromium). Budget, for 1,000: data
 * ready and first paint (the ranking's first page, and the heat map's first window with every
 * one of its cells drawn) within 1 s of navigating to the page, with the app already loaded once
 * (a warm cache, as an officer moving between console pages has). 10,000 is reported, not held
 * to the budget. Writes `test/bench/dashboard-results.json`, with the machine's load average
 * (the machine is shared: a loaded one reads slower).
 */
/** `DASHBOARD_BENCH_SIZES=1000` measures one size only (the first size is held to the budget). */
const SIZES = (process.env.DASHBOARD_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const BUDGET_MS = 1000;
/** Rows the heat map draws at once (`WINDOW` in HeatmapChart.tsx). */
const HEATMAP_WINDOW = 40;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(rig: BrowserRig, count: number) {
  const round = `bench-${count}`;
  await seedLargeRound(rig.local.repos, { roundId: round, count, expertEvery: 10 });
  const api: number[] = [];
  let body = '';
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const res = await rig.api('admin', 'GET', `/api/rounds/${round}/dashboard`);
    api.push(performance.now() - start);
    body = JSON.stringify(res.body);
  }
  const criteria = (JSON.parse(body) as { criteria: unknown[] }).criteria.length;

  const { page } = await rig.signedIn('admin');
  const url = `${rig.baseUrl}/admin/rounds/${round}/dashboard`;
  const runs: { ranking: number; heatmap: number }[] = [];
  for (let i = 0; i < 6; i++) {
    await page.goto(`${rig.baseUrl}/admin`);
    await page.locator('h1').waitFor();
    const start = performance.now();
    // Client-side navigation, as a click from the rounds list does; the data is fetched afresh.
    await page.evaluate((to) => {
      history.pushState({}, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, url);
    await page.locator('[data-testid="ranking"] tbody tr').first().waitFor({ timeout: 120_000 });
    const ranking = performance.now() - start;
    const cells = Math.min(HEATMAP_WINDOW, count) * criteria;
    await page.waitForFunction(
      ([n, rows]) => {
        const el = document.querySelector('[data-testid="heatmap"]');
        return el?.getAttribute('data-cells') === String(n) && el.getAttribute('data-rows') === String(rows);
      },
      [cells, count] as const,
      { timeout: 120_000 },
    );
    runs.push({ ranking, heatmap: performance.now() - start });
  }
  await page.close();
  // The first visit loads the page's code and the chart library; the rest are what a returning officer sees.
  const warm = runs.slice(1);
  return {
    institutions: count,
    criteria,
    apiDashboardMs: +median(api).toFixed(1),
    apiDashboardJsonKb: +(body.length / 1024).toFixed(1),
    apiDashboardGzipKb: +(gzipSync(body).length / 1024).toFixed(1),
    firstVisit: { rankingMs: +runs[0]!.ranking.toFixed(0), heatmapMs: +runs[0]!.heatmap.toFixed(0) },
    warm: { rankingMs: +median(warm.map((r) => r.ranking)).toFixed(0), heatmapMs: +median(warm.map((r) => r.heatmap)).toFixed(0) },
  };
}

const rig = await startBrowserRig();
try {
  const loadBefore = loadavg()[0]!;
  const sizes = [];
  for (const count of SIZES) {
    sizes.push(await measure(rig, count));
    console.log(JSON.stringify(sizes.at(-1)));
  }
  const small = sizes[0]!;
  const ok = small.warm.heatmapMs <= BUDGET_MS;
  const result = { measuredAt: new Date().toISOString(), load1m: { before: +loadBefore.toFixed(2), after: +loadavg()[0]!.toFixed(2) }, cores: (await import('node:os')).cpus().length, sizes, budgetMs: BUDGET_MS, withinBudget: ok };
  console.log(JSON.stringify(result, null, 2));
  console.log(ok ? `dashboard: within budget (${small.warm.heatmapMs} ms ≤ ${BUDGET_MS} ms)` : `dashboard: OVER BUDGET (${small.warm.heatmapMs} ms > ${BUDGET_MS} ms)`);
  await writeFile('test/bench/dashboard-results.json', JSON.stringify(result, null, 2) + '\n');
  if (!ok) process.exitCode = 1;
} finally {
  await rig.close();
}
