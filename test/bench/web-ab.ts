import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { withWeb as currentWithWeb } from '../../functions/local/with-web.js';
import { startBrowserRig } from '../e2e/browser-harness.js';
import { signedInBuild } from './signed-in-build.js';
import { FIRST_FIELD } from './first-field.js';

/**
 * Two builds of the web app side by side on one loaded machine: time until the form page's first
 * field accepts input (as `web-bench.ts` measures it: signed in, a first visit, cache and service
 * worker bypassed), A and B alternating run by run, medians and their ratio with the load average.
 *
 *   WEB_AB_A=/tmp/dist-old WEB_AB_B=web/dist [WEB_AB_A_SERVER=path/to/old-with-web.ts] [WEB_AB_ROUNDS=7] [WEB_AB_CHECKLIST=shanxi-region-2023] npx tsx test/bench/web-ab.ts
 *
 * Each build gets its own server (the same API, dynalite and accounts); `WEB_AB_A_SERVER` serves
 * A with another version of `withWeb` (a static-serving change is then measured too).
 * `WEB_AB_CHECKLIST` picks the form's checklist (the Haining hospital's by default; a region's
 * checklist is filled by the region's commission, so that account signs in).
 */
type WithWeb = typeof currentWithWeb;

interface Conditions {
  network: boolean;
}

async function once(page: Page, url: string, when: Conditions): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  if (when.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (1.6 * 1024 * 1024) / 8 });
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(FIRST_FIELD).first().waitFor({ timeout: 60_000 });
  const ms = performance.now() - start;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.detach();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dirs = { A: process.env.WEB_AB_A, B: process.env.WEB_AB_B ?? 'web/dist' };
  if (!dirs.A) throw new Error('WEB_AB_A: the directory of build A');
  const rounds = Number(process.env.WEB_AB_ROUNDS ?? 7);
  const serverA: WithWeb = process.env.WEB_AB_A_SERVER ? ((await import(resolve(process.env.WEB_AB_A_SERVER))) as { withWeb: WithWeb }).withWeb : currentWithWeb;
  const rig = await startBrowserRig();
  const closers: (() => void)[] = [];
  try {
    const checklist = process.env.WEB_AB_CHECKLIST ?? 'haining-hospital-2023';
    const id = await rig.smokeDraft(`ab-${checklist}`, checklist);
    const account = id.includes('smoke-county') ? 'smoke-comm' : 'smoke';
    const pages: Record<string, { page: Page; url: string }> = {};
    for (const [name, dir] of Object.entries(dirs)) {
      const { page, base } = await signedInBuild(rig, name === 'A' ? serverA : currentWithWeb, dir!, account, closers);
      pages[name] = { page, url: `${base}/inst/fill/${encodeURIComponent(id)}` };
    }
    const report: Record<string, unknown> = { checklist, rounds, loadBefore: +loadavg()[0]!.toFixed(2) };
    for (const [label, when] of Object.entries({ plain: { network: false }, throttled: { network: true } })) {
      const times: Record<string, number[]> = { A: [], B: [] };
      for (let i = 0; i < rounds; i++) {
        // Alternating which goes first, so a burst of load does not always land on the same one.
        for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) times[name]!.push(await once(pages[name]!.page, pages[name]!.url, when));
      }
      const a = median(times.A!);
      const b = median(times.B!);
      report[label] = { A: Math.round(a), B: Math.round(b), ratio: +(b / a).toFixed(3), runsA: times.A!.map(Math.round), runsB: times.B!.map(Math.round) };
      console.log(label, JSON.stringify(report[label]));
    }
    report.loadAfter = +loadavg()[0]!.toFixed(2);
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
