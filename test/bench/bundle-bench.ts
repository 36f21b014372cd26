import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHandlers } from '../../infra/build-handlers.js';
import { HANDLER_BUNDLE, handlerBuildOptions } from '../../infra/handler-bundle.js';

/**
 * `npm run bench` (second part): the size of each Lambda bundle and its cold start (importing the
 * bundle in a fresh Node process, as Lambda's init does), against a floor bundle holding only
 * the DynamoDB client and a trivial handler, with and without --enable-source-maps. Bundles are
 * imported in turn, round after round, and compared round by round (see `measureColdStarts`).
 * Writes `test/bench/bundle-results.json`.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = fileURLToPath(new URL('../..', import.meta.url));
// What the stack gives the functions; values only need to pass loadConfig (nothing is called).
const LAMBDA_ENV = {
  AWS_REGION: 'cn-north-1',
  TABLE_NAME: 'DabiaoStateful-Table',
  AUTH_MODE: 'oidc',
  OIDC_ISSUER: 'https://idp.example.cn',
  OIDC_AUDIENCE: 'dabiao',
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

/** Milliseconds to import `file` once in a fresh process, module scope included. */
function coldImportOnceMs(file: string, sourceMaps: boolean): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(`file://${file}`)}); process.stdout.write(String(performance.now() - t));`;
  const out = execFileSync(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, ...LAMBDA_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return Number(out);
}

/** Bytes a cold start loads: the entry and the chunks it imports statically, transitively (not `import()`). */
function staticClosureBytes(entry: string): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)) visit(resolve(dirname(file), spec!));
  };
  visit(entry);
  return [...seen].reduce((sum, file) => sum + statSync(file).size, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Cold imports of every bundle, RUNS rounds, each round importing every bundle once in turn, so a
 * change in the machine's load (it is shared) hits all bundles alike. Per bundle: the median time,
 * and the median of its per-round ratios to the floor bundle of the same round.
 */
function measureColdStarts(files: Record<string, string>, sourceMaps: boolean): Record<string, { ms: number; ratio: number }> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, file] of Object.entries(files)) times[name]!.push(coldImportOnceMs(file, sourceMaps));
  }
  return Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, {
    ms: median(ms),
    ratio: median(ms.map((t, run) => t / times.floor![run]!)),
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

    const names = ['floor', ...Object.keys(HANDLER_BUNDLE.entries)];
    const files = Object.fromEntries(names.map((name) => [name, join(outdir, name, 'index.mjs')]));
    const plain = measureColdStarts(files, false);
    const withMaps = measureColdStarts(files, true);
    const round = (x: number) => Math.round(x * 100) / 100;
    const results = {
      at: new Date().toISOString(),
      node: process.version,
      runs: RUNS,
      limitBytes: HANDLER_BUNDLE.maxEntryBytes,
      bundles: Object.fromEntries(names.map((name) => [name, {
        kb: round(statSync(files[name]!).size / 1024),
        /** The entry plus the chunks it imports statically: what a cold start parses. */
        loadedKb: round(staticClosureBytes(files[name]!) / 1024),
        coldMs: round(plain[name]!.ms),
        coldMsSourceMaps: round(withMaps[name]!.ms),
        ratioToFloor: round(plain[name]!.ratio),
        ratioToFloorSourceMaps: round(withMaps[name]!.ratio),
      }])),
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
