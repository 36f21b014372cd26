import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { compile } from '../../functions/scoring/index.js';
import { previewScore } from '../../web/src/features/filling/live-score.js';
import { startBrowserRig } from '../e2e/browser-harness.js';

/**
 * The web app's budgets (`npm run bench` runs this after the API bench): initial JavaScript of the
 * form page against a bare JSON Forms Material page and SurveyJS, time until the form is
 * interactive (plain and throttled), and re-scoring time per keystroke on the largest checklist.
 */

/** SurveyJS 3 with its React UI, as measured for the issue: 419 KB gz of JS plus 39 KB gz of CSS. */
const SURVEYJS_GZ_KB = 419 + 39;

const gz = async (file: string) => gzipSync(await readFile(file)).length / 1024;

/** Every chunk a page loads before it can run: the entry, `lazy` pages' chunks and their static imports. */
function closure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  roots.forEach(visit);
  return seen;
}

async function buildWith(root: string, outDir: string): Promise<Manifest> {
  await build({ configFile: resolve('web/vite.config.ts'), root, logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  return JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

async function sizes() {
  const out = await mkdtemp(join(tmpdir(), 'web-bench-'));
  try {
    const app = await buildWith(resolve('web'), join(out, 'app'));
    const entry = Object.keys(app).find((k) => app[k]!.isEntry)!;
    const fill = Object.keys(app).find((k) => k.endsWith('FillPage.tsx'))!;
    const formChunks = closure(app, [entry, fill]);
    let formJs = 0;
    let formCss = 0;
    const names: string[] = [];
    for (const key of formChunks) {
      formJs += await gz(join(out, 'app', app[key]!.file));
      for (const css of app[key]!.css ?? []) formCss += await gz(join(out, 'app', css));
      names.push(app[key]!.file);
    }
    const leaks = names.filter((n) => /echarts|SectionChart|AdminHome|ResultPage|ChecklistRoutes|JsonEditor|codemirror/i.test(n));
    const bare = await buildWith(resolve('test/bench/bare-jsonforms'), join(out, 'bare'));
    let bareJs = 0;
    for (const key of closure(bare, [Object.keys(bare).find((k) => bare[k]!.isEntry)!])) bareJs += await gz(join(out, 'bare', bare[key]!.file));
    const allFiles = await readdir(join(out, 'app', 'assets'));
    return { formJsGzKb: +formJs.toFixed(1), formCssGzKb: +formCss.toFixed(1), bareJsonFormsJsGzKb: +bareJs.toFixed(1), formChunks: names, chartsOrAdminInFormPage: leaks, assets: allFiles.length };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Milliseconds from navigation to the first field of the form accepting input, median of `runs`. */
async function interactive(throttled: boolean, runs: number) {
  const rig = await startBrowserRig();
  try {
    const id = await rig.smokeDraft(`bench-${throttled ? 'slow' : 'fast'}`, 'haining-hospital-2023');
    const { page } = await rig.signedIn('smoke');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const cdp = await rig.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      // A first visit: the service worker's precache would otherwise serve every run after the first.
      await cdp.send('Network.setBypassServiceWorker', { bypass: true });
      if (throttled) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (1.6 * 1024 * 1024) / 8 });
      const start = performance.now();
      await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`, { waitUntil: 'commit' });
      await page.locator('[data-field] input:not([disabled])').first().waitFor({ timeout: 60_000 });
      times.push(performance.now() - start);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await cdp.detach();
    }
    times.sort((a, b) => a - b);
    return +times[Math.floor(times.length / 2)]!.toFixed(0);
  } finally {
    await rig.close();
  }
}

/** Re-scoring the largest checklist after one keystroke (the preview's whole work per edit). */
async function rescoreMs() {
  const dirs = (await readdir('forms', { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('_'));
  let largest = { id: '', criteria: 0, definition: undefined as unknown };
  for (const d of dirs) {
    const definition = JSON.parse(await readFile(`forms/${d.name}/checklist.json`, 'utf8')) as { criteria: unknown[] };
    if (definition.criteria.length > largest.criteria) largest = { id: d.name, criteria: definition.criteria.length, definition };
  }
  const samples = (await readdir(`forms/${largest.id}/samples`)).filter((f) => f.endsWith('.json'));
  const sample = JSON.parse(await readFile(`forms/${largest.id}/samples/${samples[0]}`, 'utf8'));
  const compiled = compile(largest.definition);
  const draft = { context: sample.context, answers: sample.answers, evidence: sample.evidence ?? {} };
  for (let i = 0; i < 50; i++) previewScore(compiled, draft);
  const n = 500;
  const start = performance.now();
  for (let i = 0; i < n; i++) previewScore(compiled, { ...draft, answers: { ...draft.answers } });
  return { checklist: largest.id, criteria: largest.criteria, ms: +((performance.now() - start) / n).toFixed(3) };
}

async function main(): Promise<void> {
  const size = await sizes();
  const rescore = await rescoreMs();
  const fast = await interactive(false, 3);
  const slow = await interactive(true, 2);
  const formPageGz = size.formJsGzKb + size.formCssGzKb;
  const report = {
    ...size,
    formJsOverBareJsonForms: +(size.formJsGzKb / size.bareJsonFormsJsGzKb).toFixed(3),
    formPageOverSurveyJs: +(formPageGz / SURVEYJS_GZ_KB).toFixed(3),
    interactiveMs: fast,
    interactiveThrottledMs: slow,
    rescore,
    budgets: {
      'form JS ≤ 1.15 × bare JSON Forms': size.formJsGzKb <= 1.15 * size.bareJsonFormsJsGzKb,
      'form page < 85% of SurveyJS': formPageGz < 0.85 * SURVEYJS_GZ_KB,
      'no ECharts or admin code in the form page': size.chartsOrAdminInFormPage.length === 0,
      'interactive ≤ 1 s': fast <= 1000,
      'interactive ≤ 3 s at 1.6 Mbit/s, 150 ms': slow <= 3000,
      're-score ≤ 16 ms': rescore.ms <= 16,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  const file = 'test/bench/results.json';
  const all = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
  await (await import('node:fs/promises')).writeFile(file, JSON.stringify({ ...all, web: { at: new Date().toISOString(), ...report } }, null, 2) + '\n');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
