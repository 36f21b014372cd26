import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHandlers } from '../../infra/build-handlers.js';
import { coldStartFiles } from '../../infra/cold-start-files.js';
import { HANDLER_BUNDLE, handlerBuildOptions } from '../../infra/handler-bundle.js';

/**
 * `npm run bench` (second part): the size of each Lambda bundle and its cold start (importing the
 * bundle in a fresh Node process, as Lambda's init does), against a floor bundle holding only
 * the DynamoDB client and a trivial handler, with and without --enable-source-maps. Bundles are
 * imported in turn, round after round, and compared round by round (see `measureColdStarts`).
 * Each import is timed twice: wall clock, and the CPU time the process spent on it, which a
 * shared, loaded machine disturbs far less (the import is single-threaded and reads a few local
 * files, so on an idle machine the two agree). Writes `test/bench/bundle-results.json`.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = fileURLToPath(new URL('../..', import.meta.url));
// What the stack gives the functions by default (the built-in identity); values only need to pass
// loadConfig (nothing is called).
const LAMBDA_ENV: Record<string, string> = {
  AWS_REGION: 'cn-north-1',
  TABLE_NAME: 'DabiaoStateful-Table',
  AUTH_MODE: 'builtin',
  TOKEN_KMS_KEY_ID: 'arn:aws-cn:kms:cn-north-1:123456789012:key/0a1b2c3d-0000-4000-8000-000000000000',
  TOKEN_ISSUER: 'https://api.dabiao.example.cn',
  EVIDENCE_BUCKET: 'evidence-bucket',
  SCORING_QUEUE_URL: 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/Scoring.fifo',
  DOCS_ASSETS_URL: 'https://dabiao.example.cn/docs',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
};

const FLOOR_SOURCE = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({ region: process.env.AWS_REGION });
export const handler = async () => ({ statusCode: 200, body: String(Boolean(client)) });
`;

// The API with a commission's own OpenID Connect issuer instead (its verifier differs).
const OIDC_ENV: Record<string, string> = { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.example.cn', OIDC_AUDIENCE: 'dabiao' };

/** One bundle as a cold start meets it: its entry file and the environment it runs with. */
interface Subject {
  file: string;
  env?: Record<string, string>;
}

/** Wall-clock and CPU milliseconds to import `subject` once in a fresh process, module scope included. */
function coldImportOnce(subject: Subject, sourceMaps: boolean): { wall: number; cpu: number } {
  const script = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(`file://${subject.file}`)}); const wall = performance.now() - t; const d = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall, cpu: (d.user + d.system) / 1000 }));`;
  const out = execFileSync(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, ...LAMBDA_ENV, ...subject.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out) as { wall: number; cpu: number };
}

/** Bytes a cold start loads: the entry and the chunks it imports statically, transitively (not `import()`). */
function staticClosureBytes(entry: string): number {
  return coldStartFiles(entry).reduce((sum, file) => sum + statSync(file).size, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type ColdStart = { ms: number; ratio: number; cpuMs: number; cpuRatio: number };

/**
 * Cold imports of every bundle, RUNS rounds, each round importing every bundle once in turn, so a
 * change in the machine's load (it is shared) hits all bundles alike. Per bundle: the median
 * times, and the medians of its per-round ratios to the floor bundle of the same round.
 */
function measureColdStarts(subjects: Record<string, Subject>, sourceMaps: boolean): Record<string, ColdStart> {
  const times: Record<string, { wall: number; cpu: number }[]> = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, subject] of Object.entries(subjects)) times[name]!.push(coldImportOnce(subject, sourceMaps));
  }
  const floor = times.floor!;
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, {
    ms: median(t.map((x) => x.wall)),
    ratio: median(t.map((x, run) => x.wall / floor[run]!.wall)),
    cpuMs: median(t.map((x) => x.cpu)),
    cpuRatio: median(t.map((x, run) => x.cpu / floor[run]!.cpu)),
  }]));
}

async function main(): Promise<void> {
  const outdir = mkdtempSync(join(tmpdir(), 'dabiao-bundle-bench-'));
  try {
    await buildHandlers(root, outdir);
    const floorEntry = join(outdir, 'floor-entry.ts');
    writeFileSync(floorEntry, FLOOR_SOURCE);
    // The floor gets exactly the handlers' esbuild settings (minified, source map, ESM).
    const floorOptions = handlerBuildOptions(root, 'api', join(outdir, 'floor'));
    await build({ ...floorOptions, entryPoints: { index: floorEntry }, nodePaths: [join(root, 'node_modules')] });

    const subjects: Record<string, Subject> = {
      ...Object.fromEntries(['floor', ...Object.keys(HANDLER_BUNDLE.entries)].map((name) => [name, { file: join(outdir, name, 'index.mjs') }])),
      'api (OIDC issuer)': { file: join(outdir, 'api', 'index.mjs'), env: OIDC_ENV },
    };
    const names = Object.keys(subjects);
    const loadBefore = loadavg()[0]!;
    const plain = measureColdStarts(subjects, false);
    const withMaps = measureColdStarts(subjects, true);
    const round = (x: number) => Math.round(x * 100) / 100;
    const results = {
      at: new Date().toISOString(),
      node: process.version,
      runs: RUNS,
      /** One-minute load average of the (shared) machine before and after the measurements. */
      loadAverage: { before: round(loadBefore), after: round(loadavg()[0]!) },
      limitBytes: HANDLER_BUNDLE.maxColdStartBytes,
      bundles: Object.fromEntries(names.map((name) => {
        const file = subjects[name]!.file;
        return [name, {
          kb: round(statSync(file).size / 1024),
          /** The entry plus the chunks it imports statically: what a cold start parses. */
          loadedKb: round(staticClosureBytes(file) / 1024),
          coldMs: round(plain[name]!.ms),
          coldMsSourceMaps: round(withMaps[name]!.ms),
          ratioToFloor: round(plain[name]!.ratio),
          ratioToFloorSourceMaps: round(withMaps[name]!.ratio),
          coldCpuMs: round(plain[name]!.cpuMs),
          cpuRatioToFloor: round(plain[name]!.cpuRatio),
          cpuRatioToFloorSourceMaps: round(withMaps[name]!.cpuRatio),
        }];
      })),
    };
    const text = JSON.stringify(results, null, 2);
    console.log(text);
    writeFileSync(join(root, 'test/bench/bundle-results.json'), text + '\n');
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
