import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { withWeb } from '../../functions/local/with-web.js';
import { startBrowserRig } from '../e2e/browser-harness.js';
import { signedInBuild } from './signed-in-build.js';
import { FIRST_FIELD } from './first-field.js';

/**
 * Builds of the web app side by side, measured in the page's main-thread CPU time rather than
 * wall time: on a machine shared with other engineers' builds (load average 15–30) the form
 * page's time to input swings 3× from one load to the next (`web-ab.ts`), while the CPU the
 * renderer's main thread spends (DevTools' `ThreadTime`) barely moves with the load. For each
 * first visit (cache and service worker bypassed, signed in, as `web-ab.ts`): CPU from navigation
 * until the first field accepts input, and until the section has settled (every field rendered,
 * 2 s later), builds alternating round by round in rotating order; medians and ratios to the first.
 *
 *   WEB_CPU_AB=/tmp/dist-main,web/dist [WEB_CPU_AB_ROUNDS=9] [WEB_CPU_AB_CHECKLIST=shanxi-region-2023] npx tsx test/bench/web-cpu-ab.ts
 */
const SETTLE_MS = 2000;

async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

async function once(page: Page, base: string, url: string): Promise<{ ready: number; settled: number }> {
  // A same-site page first, so the form page's navigation stays in this renderer and its counter.
  await page.goto(`${base}/config.json`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await cdp.send('Performance.enable');
  const start = await threadTime(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(FIRST_FIELD).first().waitFor({ timeout: 120_000 });
  const ready = (await threadTime(cdp)) - start;
  await page.waitForTimeout(SETTLE_MS);
  const settled = (await threadTime(cdp)) - start;
  await cdp.detach();
  return { ready, settled };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dirs = (process.env.WEB_CPU_AB ?? '').split(',').filter(Boolean);
  if (dirs.length < 2) throw new Error('WEB_CPU_AB: two or more build directories, comma-separated');
  const rounds = Number(process.env.WEB_CPU_AB_ROUNDS ?? 9);
  const checklist = process.env.WEB_CPU_AB_CHECKLIST ?? 'haining-hospital-2023';
  const rig = await startBrowserRig();
  const closers: (() => void)[] = [];
  try {
    const id = await rig.smokeDraft(`cpu-ab-${checklist}`, checklist);
    const account = id.includes('smoke-county') ? 'smoke-comm' : 'smoke';
    const sites: { dir: string; page: Page; base: string; url: string }[] = [];
    for (const dir of dirs) {
      const { page, base } = await signedInBuild(rig, withWeb, dir, account, closers);
      sites.push({ dir, page, base, url: `${base}/inst/fill/${encodeURIComponent(id)}` });
    }
    const runs = sites.map(() => ({ ready: [] as number[], settled: [] as number[] }));
    const loads = [+loadavg()[0]!.toFixed(1)];
    for (let r = 0; r < rounds; r++) {
      // Rotating which goes first, so a burst of load does not always land on the same build.
      for (let k = 0; k < sites.length; k++) {
        const i = (r + k) % sites.length;
        const m = await once(sites[i]!.page, sites[i]!.base, sites[i]!.url);
        runs[i]!.ready.push(Math.round(m.ready));
        runs[i]!.settled.push(Math.round(m.settled));
      }
      loads.push(+loadavg()[0]!.toFixed(1));
      console.log(`round ${r + 1}/${rounds}, load ${loads.at(-1)}, ready ${runs.map((x) => x.ready.at(-1)).join(' / ')} ms, settled ${runs.map((x) => x.settled.at(-1)).join(' / ')} ms`);
    }
    const first = { ready: median(runs[0]!.ready), settled: median(runs[0]!.settled) };
    const report = {
      checklist,
      rounds,
      load: { min: Math.min(...loads), max: Math.max(...loads) },
      builds: sites.map((s, i) => ({
        dir: s.dir,
        readyCpuMs: median(runs[i]!.ready),
        settledCpuMs: median(runs[i]!.settled),
        readyRatio: +(median(runs[i]!.ready) / first.ready).toFixed(3),
        settledRatio: +(median(runs[i]!.settled) / first.settled).toFixed(3),
        runs: runs[i],
      })),
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    closers.forEach((c) => c());
    await rig.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
