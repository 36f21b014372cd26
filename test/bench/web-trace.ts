import { performance } from 'node:perf_hooks';
import { writeFile } from 'node:fs/promises';
import { startBrowserRig } from '../e2e/browser-harness.js';
import { startChromeTrace, summariseTrace } from './chrome-trace.js';
import { FIRST_FIELD } from './first-field.js';

/**
 * The form page's critical path, as `npm run bench:web` opens it (signed in as the smoke account,
 * a first visit: cache and service worker bypassed): every request's start and end, the long
 * tasks and the moment the first field accepts input, in milliseconds from navigation. Run with
 * `npx tsx test/bench/web-trace.ts` (`WEB_TRACE_THROTTLED=1` for 1.6 Mbit/s, 150 ms;
 * `WEB_TRACE_CHECKLIST=shanxi-region-2023` for another checklist than the Haining hospital's;
 * `WEB_TRACE_CHROME=/tmp/trace` records a Chromium performance trace of each run, written to
 * `/tmp/trace-<run>.json` for DevTools' Performance panel and summarised here).
 */
/** Self time by function (top 25) and by script, from a CDP CPU profile. */
function printProfile(profile: { nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }) {
  const self = new Map<number, number>();
  profile.samples!.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  const byUrl = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    const url = f.url.split('/').pop() || f.functionName;
    byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
  }
  // Inclusive time by function, each function counted once per stack (recursion is not summed twice).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const walk = (id: number, open: Set<string>): number => {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    const inner = new Set(open).add(key);
    let ms = self.get(id) ?? 0;
    for (const child of node.children ?? []) ms += walk(child, inner);
    if (!open.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
    return ms;
  };
  walk(profile.nodes[0]!.id, new Set());
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(0).padStart(5)} ms  ${k}`).join('\n');
  console.log(`  by script:\n${top(byUrl, 12)}\n  by function:\n${top(byFn, 30)}\n  inclusive:\n${top(total, 70)}`);
}

async function main(): Promise<void> {
  const rig = await startBrowserRig();
  try {
    const checklist = process.env.WEB_TRACE_CHECKLIST ?? 'haining-hospital-2023';
    const id = await rig.smokeDraft(`trace-${checklist}`, checklist);
    // A region's checklist is filled by the region's commission.
    const { page } = await rig.signedIn(id.includes('smoke-county') ? 'smoke-comm' : 'smoke');
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) }))).observe({ type: 'longtask', buffered: true });
    });
    for (let run = 0; run < 3; run++) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.setBypassServiceWorker', { bypass: true });
      if (process.env.WEB_TRACE_THROTTLED) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (1.6 * 1024 * 1024) / 8 });
      if (process.env.WEB_TRACE_PROFILE) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const stopTrace = process.env.WEB_TRACE_CHROME ? await startChromeTrace(cdp) : undefined;
      const start = performance.now();
      await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`, { waitUntil: 'commit' });
      await page.locator(FIRST_FIELD).first().waitFor({ timeout: 60_000 });
      const total = performance.now() - start;
      const trace = await stopTrace?.();
      if (process.env.WEB_TRACE_PROFILE) printProfile((await cdp.send('Profiler.stop')).profile);
      const seen = await page.evaluate(() => ({
        nav: performance.getEntriesByType('navigation' as never).map((e) => ({ name: 'document', start: Math.round(e.startTime), end: Math.round((e as PerformanceNavigationTiming).responseEnd) })),
        resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(location.origin, ''), start: Math.round(e.startTime), end: Math.round((e as PerformanceResourceTiming).responseEnd), kb: Math.round((e as PerformanceResourceTiming).encodedBodySize / 102.4) / 10 })),
        marks: performance.getEntriesByType('mark').map((e) => ({ name: e.name, at: Math.round(e.startTime) })),
        paint: performance.getEntriesByType('paint' as never).map((e) => ({ name: e.name, at: Math.round(e.startTime) })),
        long: (window as unknown as { __long: unknown[] }).__long,
        now: Math.round(performance.now()),
      }));
      console.log(`run ${run}: ${total.toFixed(0)} ms to input (page clock ${seen.now})`);
      for (const r of [...seen.nav, ...seen.resources]) console.log(`  ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)}  ${r.name}${'kb' in r ? ` ${r.kb} KB` : ''}`);
      for (const m of [...seen.paint, ...seen.marks]) console.log(`  mark ${m.at}  ${m.name}`);
      console.log(`  long tasks: ${JSON.stringify(seen.long)}`);
      if (trace) {
        await writeFile(`${process.env.WEB_TRACE_CHROME}-${run}.json`, JSON.stringify({ traceEvents: trace }));
        console.log(summariseTrace(trace));
      }
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await cdp.detach();
    }
    await page.close();
  } finally {
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
