import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { withWeb } from '../../functions/local/with-web.js';
import { CHROMIUM_ARGS, startBrowserRig } from '../e2e/browser-harness.js';
import { FIRST_FIELD } from './first-field.js';

/**
 * The first form after sign-in on a device that has never seen the app, for two builds side by
 * side: each run a fresh browser profile signs in on the login page and at once opens the form by
 * its link (no cache, no service worker yet, nothing bypassed: what the worker's install does
 * then is part of the time). Time from that navigation until the first field that applies accepts
 * input; A and B alternate run by run; medians and their ratio, with the load average.
 *
 *   WEB_AB_A=/tmp/dist-old WEB_AB_B=web/dist [WEB_AB_ROUNDS=7] [WEB_AB_CHECKLIST=shanxi-region-2023] npx tsx test/bench/web-first-visit-ab.ts
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dirs = { A: process.env.WEB_AB_A, B: process.env.WEB_AB_B ?? 'web/dist' };
  if (!dirs.A) throw new Error('WEB_AB_A: the directory of build A');
  const rounds = Number(process.env.WEB_AB_ROUNDS ?? 7);
  const rig = await startBrowserRig();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const closers: (() => void)[] = [];
  try {
    const checklist = process.env.WEB_AB_CHECKLIST ?? 'haining-hospital-2023';
    const id = await rig.smokeDraft(`first-${checklist}`, checklist);
    const account = id.includes('smoke-county') ? 'smoke-comm' : 'smoke';
    const bases: Record<string, string> = {};
    for (const [name, dir] of Object.entries(dirs)) {
      const site = withWeb(rig.local.app, resolve(dir!), (origin) => ({ apiUrl: origin, auth: { mode: 'builtin', issuer: rig.local.tokens.issuer, audience: rig.local.tokens.audience }, demoAccounts: true }));
      const server = serve({ fetch: site.fetch, port: 0 });
      await new Promise((r) => server.once('listening', r));
      closers.push(() => server.close());
      bases[name] = `http://localhost:${(server.address() as AddressInfo).port}`;
    }
    const once = async (base: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      try {
        const page = await context.newPage();
        await page.goto(`${base}/login`);
        await page.getByLabel(/用户名|Username/).fill(account);
        await page.getByLabel(/密码|Password/).fill('demo');
        await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        const start = performance.now();
        await page.goto(`${base}/inst/fill/${encodeURIComponent(id)}`, { waitUntil: 'commit' });
        await page.locator(FIRST_FIELD).first().waitFor({ timeout: 60_000 });
        return performance.now() - start;
      } finally {
        await context.close();
      }
    };
    const report: Record<string, unknown> = { checklist, rounds, loadBefore: +loadavg()[0]!.toFixed(2) };
    const times: Record<string, number[]> = { A: [], B: [] };
    for (let i = 0; i < rounds; i++) {
      // Alternating which goes first, so a burst of load does not always land on the same one.
      for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) times[name]!.push(await once(bases[name]!));
    }
    const a = median(times.A!);
    const b = median(times.B!);
    report.firstVisit = { A: Math.round(a), B: Math.round(b), ratio: +(b / a).toFixed(3), runsA: times.A!.map(Math.round), runsB: times.B!.map(Math.round) };
    report.loadAfter = +loadavg()[0]!.toFixed(2);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    closers.forEach((c) => c());
    await browser.close();
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
