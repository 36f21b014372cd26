import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHandlers } from '../../infra/build-handlers.js';
import { HANDLER_BUNDLE, handlerBuildOptions } from '../../infra/handler-bundle.js';

/**
 * `npm run bench` (second part): the size of each Lambda bundle and its cold start (importing the
 * bundle in a fresh Node process, as Lambda's init does), against a floor bundle holding only
 * the DynamoDB client and a trivial handler, with and without --enable-source-maps (the stack
 * sets it). Writes `test/bench/bundle-results.json`.
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

/** Milliseconds to import `file` in a fresh process (median of RUNS), module scope included. */
function coldImportMs(file: string, sourceMaps: boolean): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(`file://${file}`)}); process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), '--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, ...LAMBDA_ENV },
      encoding: 'utf8',
    });
    times.push(Number(out));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
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
    const measured = Object.fromEntries(names.map((name) => {
      const file = join(outdir, name, 'index.mjs');
      return [name, {
        bytes: statSync(file).size,
        coldMs: coldImportMs(file, false),
        coldMsSourceMaps: coldImportMs(file, true),
      }];
    }));
    const floor = measured.floor!;
    const round = (x: number) => Math.round(x * 100) / 100;
    const results = {
      at: new Date().toISOString(),
      node: process.version,
      runs: RUNS,
      limitBytes: HANDLER_BUNDLE.maxEntryBytes,
      bundles: Object.fromEntries(Object.entries(measured).map(([name, m]) => [name, {
        kb: round(m.bytes / 1024),
        coldMs: round(m.coldMs),
        coldMsSourceMaps: round(m.coldMsSourceMaps),
        ratioToFloor: round(m.coldMs / floor.coldMs),
        ratioToFloorSourceMaps: round(m.coldMsSourceMaps / floor.coldMsSourceMaps),
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
