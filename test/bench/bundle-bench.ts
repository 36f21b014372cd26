import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildHandlers } from '../../infra/build-handlers.js';
import { coldStartFiles } from '../../infra/cold-start-files.js';
import { buildHandlerBundle, HANDLER_BUNDLE } from '../../infra/handler-bundle.js';
import { httpEvent } from '../aws/lambda-fixtures.js';
import { startFirstRequestBackend, type FirstRequestBackend } from './first-request-backend.js';

/**
 * `npm run bench` (second part): the size of each Lambda bundle and its cold start (importing the
 * bundle in a fresh Node process, as Lambda's init does), against a floor bundle holding only
 * the DynamoDB client and a trivial handler, with and without --enable-source-maps. Bundles are
 * imported in turn, round after round, and compared round by round (see `measureColdStarts`).
 * Each import is timed twice: wall clock, and the CPU time the process spent on it, which a
 * shared, loaded machine disturbs far less (the import is single-threaded and reads a few local
 * files, so on an idle machine the two agree). Writes `test/bench/bundle-results.json`.
 *
 * The import is Lambda's init phase; what a user waits for on a cold instance is the init plus
 * the first request, which loads the chunks the init left out. So the API is also measured as
 * "init + first request" (`firstRequest`): a health check, and a signed-in read of a submission
 * against a local table, with the public key given at deploy time (`TOKEN_PUBLIC_JWK`, the stack's
 * default) and, as `key from KMS`, fetched from a stand-in KMS (`first-request-backend.ts`), beside the floor's init
 * plus one call of its trivial handler, and (for the signed-in read, which must read DynamoDB)
 * against a second floor: the same DynamoDB-only bundle whose handler reads the same item with one
 * GetItem (`cpuRatioToGetItemFloor`).
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/**
 * An A/B run: the `outdir` of `buildHandlers` for an earlier commit (`npm run build` there, then
 * its `dist`). Its API joins every round as `baseline api`, so before and after meet the same load.
 */
const BASELINE = process.env.BENCH_BASELINE_DIR;
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
  // Lambda runs Node 22 (infra/handler-function.ts), where the SDK has nothing to warn about; on
  // this machine's Node 20 every client's construction would write a support warning to stderr,
  // floors and handlers alike, which no deployed cold start does.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const FLOOR_SOURCE = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({ region: process.env.AWS_REGION });
export const handler = async () => ({ statusCode: 200, body: String(Boolean(client)) });
`;

/**
 * The second, fair floor for a signed-in first request, which must read DynamoDB: the same
 * DynamoDB-only bundle, whose handler does one GetItem of the item the API's request reads (the
 * key comes with the event), with the client set up as the API's is against a local endpoint
 * (static credentials, so neither pays the credential chain).
 */
const GETITEM_FLOOR_SOURCE = `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
const endpoint = process.env.DYNAMODB_ENDPOINT;
const client = new DynamoDBClient({ region: process.env.AWS_REGION, ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}) });
export const handler = async (event) => {
  const { Item } = await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.pk }, sk: { S: event.sk } } }));
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? null) };
};
`;

// The API with a commission's own OpenID Connect issuer instead (its verifier differs).
const OIDC_ENV: Record<string, string> = { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.example.cn', OIDC_AUDIENCE: 'dabiao' };

/** One bundle as a cold start meets it: its entry file, the environment it runs with, and its first event if any. */
interface Subject {
  file: string;
  env?: Record<string, string>;
  /** Handled once right after the import, timed with it; the reply must have `expectStatus`. */
  event?: unknown;
  expectStatus?: number;
}

const run = promisify(execFile);
// The Lambda context handlers get (Powertools reads the request id and names).
const CONTEXT_SOURCE = `{ callbackWaitsForEmptyEventLoop: true, functionName: 'bench', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:bench', memoryLimitInMB: '1024', awsRequestId: 'req-1', logGroupName: '/aws/lambda/bench', logStreamName: 's', getRemainingTimeInMillis: () => 30000, done() {}, fail() {}, succeed() {} }`;

/**
 * Wall-clock and CPU milliseconds to import `subject` once in a fresh process, module scope
 * included, and to handle its first event when it has one. Asynchronous, so the local backend in
 * this process can answer the measured one.
 */
async function coldImportOnce(subject: Subject, sourceMaps: boolean): Promise<{ wall: number; cpu: number; undici: boolean }> {
  const handle = subject.event === undefined ? 'undefined' : `await m.handler(${JSON.stringify(subject.event)}, ${CONTEXT_SOURCE})`;
  const script = `const c = process.cpuUsage(); const t = performance.now(); const m = await import(${JSON.stringify(`file://${subject.file}`)}); const r = ${handle}; const wall = performance.now() - t; const d = process.cpuUsage(c); const undici = process.moduleLoadList.some((m) => m.includes('undici')); process.stdout.write(JSON.stringify({ wall, cpu: (d.user + d.system) / 1000, status: r?.statusCode, undici })); process.exit(0);`;
  const { stdout } = await run(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, ...LAMBDA_ENV, ...subject.env },
    encoding: 'utf8',
  });
  const out = JSON.parse(stdout) as { wall: number; cpu: number; status?: number; undici: boolean };
  // A first request that failed would measure an error path, not the request.
  if (subject.expectStatus !== undefined && out.status !== subject.expectStatus) throw new Error(`${subject.file}: first request answered ${out.status}, expected ${subject.expectStatus}`);
  return out;
}

/** Bytes a cold start loads: the entry and the chunks it imports statically, transitively (not `import()`). */
function staticClosureBytes(entry: string): number {
  return coldStartFiles(entry).reduce((sum, file) => sum + statSync(file).size, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Medians of one subject: times, and per-round ratios to the floor (and to any other floors asked for). */
type ColdStart = { ms: number; ratio: number; cpuMs: number; cpuRatio: number; cpuRatioTo: Record<string, number>; undici: boolean };

/**
 * Cold imports of every bundle, RUNS rounds, each round importing every bundle once in turn, so a
 * change in the machine's load (it is shared) hits all bundles alike. Per bundle: the median
 * times, and the medians of its per-round ratios to the floor bundle of the same round.
 */
async function measureColdStarts(subjects: Record<string, Subject>, sourceMaps: boolean, otherFloors: string[] = []): Promise<Record<string, ColdStart>> {
  const times: Record<string, { wall: number; cpu: number; undici: boolean }[]> = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let round = 0; round < RUNS; round++) {
    // The order rotates each round: a bundle always measured in the same place of the round (say,
    // last, after the others filled the page cache and warmed the CPU) gets a bias of its own.
    const entries = Object.entries(subjects);
    const turn = entries.map((_, i) => entries[(i + round) % entries.length]!);
    for (const [name, subject] of turn) times[name]!.push(await coldImportOnce(subject, sourceMaps));
  }
  const floor = times.floor!;
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, {
    ms: median(t.map((x) => x.wall)),
    ratio: median(t.map((x, round) => x.wall / floor[round]!.wall)),
    cpuMs: median(t.map((x) => x.cpu)),
    cpuRatio: median(t.map((x, round) => x.cpu / floor[round]!.cpu)),
    cpuRatioTo: Object.fromEntries(otherFloors.map((other) => [other, median(t.map((x, round) => x.cpu / times[other]![round]!.cpu))])),
    undici: t.some((x) => x.undici),
  }]));
}

async function main(): Promise<void> {
  const outdir = mkdtempSync(join(tmpdir(), 'dabiao-bundle-bench-'));
  try {
    await buildHandlers(root, outdir);
    const floorEntry = join(outdir, 'floor-entry.ts');
    writeFileSync(floorEntry, FLOOR_SOURCE);
    // The floors are built exactly as the handlers are (minified, source map, ESM, the cold start's
    // chunks folded into the entry).
    buildHandlerBundle(root, 'api', join(outdir, 'floor'), { entryPoints: { index: floorEntry }, nodePaths: [join(root, 'node_modules')] });
    const getItemFloorEntry = join(outdir, 'floor-getitem-entry.ts');
    writeFileSync(getItemFloorEntry, GETITEM_FLOOR_SOURCE);
    buildHandlerBundle(root, 'api', join(outdir, 'floor-getitem'), { entryPoints: { index: getItemFloorEntry }, nodePaths: [join(root, 'node_modules')] });

    const subjects: Record<string, Subject> = {
      ...Object.fromEntries(['floor', ...Object.keys(HANDLER_BUNDLE.entries)].map((name) => [name, { file: join(outdir, name, 'index.mjs') }])),
      'api (OIDC issuer)': { file: join(outdir, 'api', 'index.mjs'), env: OIDC_ENV },
      ...(BASELINE ? { 'baseline api': { file: join(BASELINE, 'api', 'index.mjs') } } : {}),
    };
    const names = Object.keys(subjects);
    const loadBefore = loadavg()[0]!;
    const plain = await measureColdStarts(subjects, false);
    const withMaps = await measureColdStarts(subjects, true);

    // A backend per phase: its access token lasts 15 minutes, which one phase of a loaded machine
    // can take (a run at load 30–42 outlasted one token for both phases and got 401s).
    const firstRequestSubjects = (backend: FirstRequestBackend): Record<string, Subject> => ({
      floor: { file: subjects.floor!.file, event: {} },
      'floor: GetItem': { file: join(outdir, 'floor-getitem', 'index.mjs'), env: backend.env, event: backend.submissionKey, expectStatus: 200 },
      'api: GET /api/health': { file: subjects.api!.file, event: httpEvent('GET', '/api/health'), expectStatus: 200 },
      'api: signed-in GET /api/submissions/{id}': { file: subjects.api!.file, env: backend.env, event: backend.event, expectStatus: 200 },
      'api: signed-in GET /api/submissions/{id}, key from KMS': { file: subjects.api!.file, env: backend.envKeyFromKms, event: backend.event, expectStatus: 200 },
      'api (OIDC issuer): GET /api/health': { file: subjects.api!.file, env: OIDC_ENV, event: httpEvent('GET', '/api/health'), expectStatus: 200 },
      ...(BASELINE
        ? {
            'baseline api: GET /api/health': { file: join(BASELINE, 'api', 'index.mjs'), event: httpEvent('GET', '/api/health'), expectStatus: 200 },
            'baseline api: signed-in GET /api/submissions/{id}': { file: join(BASELINE, 'api', 'index.mjs'), env: backend.env, event: backend.event, expectStatus: 200 },
          }
        : {}),
    });
    const measureFirstRequests = async (sourceMaps: boolean): Promise<{ names: string[]; times: Record<string, ColdStart> }> => {
      const backend = await startFirstRequestBackend();
      try {
        const firstRequest = firstRequestSubjects(backend);
        return { names: Object.keys(firstRequest), times: await measureColdStarts(firstRequest, sourceMaps, ['floor: GetItem']) };
      } finally {
        await backend.close();
      }
    };
    const { names: firstNames, times: firstPlain } = await measureFirstRequests(false);
    const { times: firstWithMaps } = await measureFirstRequests(true);
    const round = (x: number) => Math.round(x * 100) / 100;
    const results = {
      at: new Date().toISOString(),
      node: process.version,
      runs: RUNS,
      ...(BASELINE ? { baseline: BASELINE } : {}),
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
      /** Init plus the first event, against the floor's init plus one call of its trivial handler (and the GetItem floor's). */
      firstRequest: Object.fromEntries(firstNames.map((name) => [name, {
        ms: round(firstPlain[name]!.ms),
        msSourceMaps: round(firstWithMaps[name]!.ms),
        ratioToFloor: round(firstPlain[name]!.ratio),
        ratioToFloorSourceMaps: round(firstWithMaps[name]!.ratio),
        cpuMs: round(firstPlain[name]!.cpuMs),
        cpuRatioToFloor: round(firstPlain[name]!.cpuRatio),
        cpuRatioToFloorSourceMaps: round(firstWithMaps[name]!.cpuRatio),
        /** CPU, against the floor that also reads one item from the same table (`floor: GetItem`). */
        cpuRatioToGetItemFloor: round(firstPlain[name]!.cpuRatioTo['floor: GetItem']!),
        cpuRatioToGetItemFloorSourceMaps: round(firstWithMaps[name]!.cpuRatioTo['floor: GetItem']!),
        /** Whether Node had loaded its fetch implementation (undici) by the end of the first event. */
        loadedUndici: firstPlain[name]!.undici,
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
