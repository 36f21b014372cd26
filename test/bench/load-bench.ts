import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../../seeds/demo-data.js';
import { median, writeSection } from './results-file.js';

/**
 * Part 2 of `npm run bench` (issue 13): the local server (`npm start -- --memory --no-web`,
 * throwaway dynalite, bench mode on port 4108) under autocannon. Saving a draft and the bench-only
 * floor route (one bare PutItem on the same table) run side by side with the same concurrency;
 * submitting is timed one cycle at a time (submit, scored, returned), because a submission can be
 * submitted only once per cycle. DynamoDB calls per route come from the server's call counter.
 *
 * Two floors: the fixed one (the save's request body, 1.5 KB, what the target used to compare
 * with) and one sized like the submission the route writes (a bare PutItem of an item that size:
 * the real floor for writing that item, which the targets now use). A submit/return cycle grows
 * the submission (its audit entries and the return's comment), so each submit is paired with a
 * sized floor write of the submission as it stands, timed by the same client, in turn.
 */

const PORT = Number(process.env.BENCH_PORT ?? 4108);
const BASE = `http://localhost:${PORT}`;
const DURATION_S = Number(process.env.LOAD_BENCH_SECONDS ?? 10);
const SUBMIT_CYCLES = Number(process.env.LOAD_BENCH_SUBMITS ?? 200);
const WARMUP_S = Number(process.env.LOAD_BENCH_WARMUP_SECONDS ?? 3);
/** The submit cycles stop after this long (at least 20 timed), so a loaded machine cannot stretch `npm run bench` past its 10 minutes. */
const SUBMIT_BUDGET_S = Number(process.env.LOAD_BENCH_SUBMIT_SECONDS ?? 60);

async function startServer(): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'functions/local/main.ts', '--memory', '--no-web'], {
    env: { ...process.env, PORT: String(PORT), DABIAO_BENCH: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 120 s')), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Dabiao API on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return child;
}

async function api(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const login = async (username: string) => (await api('POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD })).body.token as string;
const calls = async () => (await api('GET', '/api/bench/dynamodb-calls')).body as Record<string, number>;
type ByRoute = Record<string, Record<string, number>>;
const byRoute = async () => (await api('GET', '/api/bench/dynamodb-calls-by-route')).body as ByRoute;
/** Calls per request of one route (`<method> <path>`) between two snapshots of the server's per-route counter. */
function perRequest(after: ByRoute, before: ByRoute, key: string): Record<string, number> {
  const a = after[key] ?? {};
  const b = before[key] ?? {};
  const n = (a.requests ?? 0) - (b.requests ?? 0);
  return Object.fromEntries(Object.keys(a).filter((k) => k !== 'requests' && a[k] !== (b[k] ?? 0)).map((k) => [k, +((a[k]! - (b[k] ?? 0)) / Math.max(n, 1)).toFixed(2)]));
}

function summary(r: autocannon.Result) {
  return { requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, p50Ms: r.latency.p50, p99Ms: r.latency.p99, requestsPerSecond: r.requests.average };
}

/** autocannon on one route for DURATION_S; `chain` carries the submission version from response to request. */
function load(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ duration: DURATION_S, connections: 1, ...opts }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export async function runLoadBench() {
  // LOAD_BENCH_EXTERNAL=1: a server already running on BENCH_PORT (e.g. one started under --cpu-prof).
  const server = process.env.LOAD_BENCH_EXTERNAL === '1' ? undefined : await startServer();
  try {
    const inst = await login('inst1');
    const admin = await login('admin');
    const sample = JSON.parse(await readFile('forms/haining-hospital-2023/samples/renmin-2025-all-met.json', 'utf8'));
    const list = await api('GET', '/api/submissions', inst);
    const existing = (list.body.items ?? list.body ?? []).find?.((s: { roundId: string }) => s.roundId === 'demo-2025-annual');
    const created = existing ?? (await api('POST', '/api/submissions', inst, { roundId: 'demo-2025-annual', kind: 'self' })).body;
    const id = created.id as string;
    let version = (await api('GET', `/api/submissions/${id}`, inst)).body.version as number;
    /** The submission as a save reads, writes and answers it: it grows by one audit entry per save. */
    const submissionChars = async () => JSON.stringify((await api('GET', `/api/submissions/${id}`, inst)).body).length;
    const charsAtStart = await submissionChars();

    // Floor and save alternate twice each, so a change in machine load hits both, after an
    // unrecorded warm-up of each (WARMUP_S): the first seconds of a route measure the JIT compiling
    // it, and the floor's few lines warm up far sooner than the save's validation.
    const floorRuns: autocannon.Result[] = [];
    const sizedFloorRuns: autocannon.Result[] = [];
    const sizedFloorChars: number[] = [];
    const saveRuns: autocannon.Result[] = [];
    /** The submission as stored (the item's `data`): what a save and a submit write. */
    const submissionJson = async () => JSON.stringify((await api('GET', `/api/submissions/${id}`, inst)).body);
    const saveBody = (v: number) => JSON.stringify({ version: v, answers: sample.answers });
    let saves = 0;
    let floors = 0;
    const saveCalls: Record<string, number>[] = [];
    const floorsFrom = await byRoute();
    let floorCalls: Record<string, number> = {};
    for (let round = -1; round < 2; round++) {
      const warmUp = round < 0;
      const duration = warmUp ? WARMUP_S : DURATION_S;
      const f = await load({ duration, url: `${BASE}/api/bench/floor`, method: 'PUT', headers: { 'content-type': 'application/json' }, body: saveBody(1) });
      if (!warmUp) floorRuns.push(f);
      floors += f.requests.total;
      // The same bare PutItem, of an item as large as the submission a save writes now.
      const sized = await submissionJson();
      const g = await load({ duration, url: `${BASE}/api/bench/floor`, method: 'PUT', headers: { 'content-type': 'application/json' }, body: sized });
      if (!warmUp) {
        sizedFloorRuns.push(g);
        sizedFloorChars.push(sized.length);
      }
      floors += g.requests.total;
      // The stored version, in case the last run stopped with an answered save unread.
      version = (await api('GET', `/api/submissions/${id}`, inst)).body.version as number;
      const r0 = await byRoute();
      const s = await load({
        duration,
        url: `${BASE}/api/submissions/${id}`,
        requests: [
          {
            method: 'PUT',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${inst}` },
            setupRequest: (req) => ({ ...req, body: saveBody(version) }),
            onResponse: (status, body) => {
              if (status === 200) version = JSON.parse(body).version;
            },
          },
        ],
      });
      saves += s.requests.total;
      const r1 = await byRoute();
      if (warmUp) continue;
      saveRuns.push(s);
      saveCalls.push(perRequest(r1, r0, `PUT /api/submissions/${id}`));
      floorCalls = perRequest(r1, floorsFrom, 'PUT /api/bench/floor');
    }

    // autocannon may stop the clock with a save answered but unread: take the stored version.
    version = (await api('GET', `/api/submissions/${id}`, inst)).body.version as number;
    // Submit cycles: submit (timed), wait until scored, return it to draft.
    const submitMs: number[] = [];
    const sizedSubmitFloorMs: number[] = [];
    const indexedSubmitFloorMs: number[] = [];
    const submitChars: number[] = [];
    const s0 = await byRoute();
    let stored = await submissionJson();
    // Cycle 0 warms the submit path up and is not timed (as the warm-up above).
    const submitsFrom = performance.now();
    let cycles = 0;
    for (let i = 0; i <= SUBMIT_CYCLES; i++) {
      if (i > 20 && performance.now() - submitsFrom > SUBMIT_BUDGET_S * 1000) break;
      cycles = i;
      // The floor for this submit: a bare PutItem of an item the size of the submission it writes.
      const floorStart = performance.now();
      const floorRes = await fetch(`${BASE}/api/bench/floor`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: stored });
      await floorRes.text();
      if (i > 0) sizedSubmitFloorMs.push(performance.now() - floorStart);
      // The same item with keys in the three indexes a submitted submission has (what the index copies cost).
      const indexedStart = performance.now();
      await (await fetch(`${BASE}/api/bench/floor?indexes=3`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: stored })).text();
      if (i > 0) indexedSubmitFloorMs.push(performance.now() - indexedStart);
      // Timed until the response has arrived, as the floor and autocannon are: parsing the
      // returned submission (tens of KB after many cycles) is the client's work, not the server's.
      const start = performance.now();
      const submitted = await fetch(`${BASE}/api/submissions/${id}/submit`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${inst}` }, body: JSON.stringify({ version }) });
      const text = await submitted.text();
      if (i > 0) {
        submitMs.push(performance.now() - start);
        submitChars.push(stored.length);
      }
      const res = { status: submitted.status, body: JSON.parse(text) };
      if (res.status !== 202) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
      let current = res.body;
      for (let t = 0; t < 200 && current.status !== 'scored'; t++) {
        await new Promise((r) => setTimeout(r, 20));
        current = (await api('GET', `/api/submissions/${id}`, inst)).body;
      }
      const returned = await api('POST', `/api/submissions/${id}/return`, admin, { version: current.version, comment: '基准测试退回 (bench)' });
      if (returned.status !== 200) throw new Error(`return: ${returned.status} ${JSON.stringify(returned.body)}`);
      version = returned.body.version;
      stored = JSON.stringify(returned.body);
    }
    const s1 = await byRoute();
    const submitRouteCalls = perRequest(s1, s0, `POST /api/submissions/${id}/submit`);
    // Calls after a response: in-process scoring of each submit (the polling GETs and returns are their own routes).
    const scoringCalls = Object.fromEntries(Object.entries(perRequest(s1, s0, 'background')).map(([k, v]) => [k, +(v / (cycles + 1)).toFixed(2)]));
    const reads = (c: Record<string, number>) => (c.GetItemCommand ?? 0) + (c.QueryCommand ?? 0) + (c.ScanCommand ?? 0);
    const writes = (c: Record<string, number>) => (c.PutItemCommand ?? 0) + (c.UpdateItemCommand ?? 0) + (c.DeleteItemCommand ?? 0);
    const routesThatScan = Object.entries(s1).filter(([, c]) => (c.ScanCommand ?? 0) > 0).map(([k]) => k);
    const charsAtEnd = await submissionChars();
    const total = await calls();
    const floorP99 = median(floorRuns.map((r) => r.latency.p99));
    const saveP99 = median(saveRuns.map((r) => r.latency.p99));
    const sizedFloorP99 = median(sizedFloorRuns.map((r) => r.latency.p99));
    const p = (xs: number[], q: number) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))]!;
    };
    const submitP99 = p(submitMs, 0.99);
    const submitFloorP99 = p(sizedSubmitFloorMs, 0.99);
    const report = {
      server: 'npm start -- --memory --no-web (dynalite in memory), DABIAO_BENCH=1, one connection',
      durationSeconds: DURATION_S,
      floor: floorRuns.map(summary),
      saveDraft: saveRuns.map(summary),
      // The floor writes the save's request body every time (its size below); a save writes and returns the whole submission.
      floorBodyChars: saveBody(1).length,
      // The floor again, its item as large as the submission a save writes (measured before each run).
      sizedFloor: sizedFloorRuns.map(summary),
      sizedFloorChars,
      submissionChars: { atStart: charsAtStart, atEnd: charsAtEnd },
      submitRequest: { cycles, p50Ms: median(submitMs), p99Ms: submitP99, maxMs: Math.max(...submitMs) },
      // Each submit's own floor, timed just before it by the same client: a bare PutItem of the submission as it stood.
      submitSizedFloor: { p50Ms: median(sizedSubmitFloorMs), p99Ms: submitFloorP99, submissionChars: { first: submitChars[0], last: submitChars[submitChars.length - 1], median: median(submitChars) } },
      // Not a target's floor: the same PutItem with the item also keyed in three indexes (projecting ALL, each holds a copy).
      submitIndexedFloor: { p50Ms: median(indexedSubmitFloorMs), p99Ms: p(indexedSubmitFloorMs, 0.99) },
      ratios: {
        saveP99OverSizedFloorP99: saveP99 / sizedFloorP99,
        submitP99OverSizedFloorP99: submitP99 / submitFloorP99,
        submitP50OverSizedFloorP50: median(submitMs) / median(sizedSubmitFloorMs),
        submitP99OverIndexedFloorP99: submitP99 / p(indexedSubmitFloorMs, 0.99),
        submitP50OverIndexedFloorP50: median(submitMs) / median(indexedSubmitFloorMs),
        saveP99OverFloorP99: saveP99 / floorP99,
        submitP99OverFloorP99: submitP99 / floorP99,
        floorThroughputOverSave: floorRuns[0]!.requests.average / saveRuns[0]!.requests.average,
      },
      dynamodbCallsPerRequest: {
        floor: floorCalls,
        saveDraft: saveCalls,
        submitRoute: submitRouteCalls,
        scoringAfterSubmit: scoringCalls,
      },
      callsByRoute: s1,
      routesThatScan,
      scans: total.ScanCommand ?? 0,
      totalCalls: total,
      requests: { floors, saves },
      targets: {
        'save p99 ≤ 1.5 × floor p99 (the floor writing an item as large as the submission)': saveP99 <= 1.5 * sizedFloorP99,
        'submit p99 ≤ 1.5 × floor p99 (the same, paired with each submit)': submitP99 <= 1.5 * submitFloorP99,
        'save p99 ≤ 1.5 × the fixed 1.5 KB floor p99 (the former target)': saveP99 <= 1.5 * floorP99,
        'no route scans': routesThatScan.length === 0 && (total.ScanCommand ?? 0) === 0,
        'submit ≤ 2 reads and ≤ 2 writes': reads(submitRouteCalls) <= 2 && writes(submitRouteCalls) <= 2,
      },
    };
    console.log(JSON.stringify(report, null, 2));
    await writeSection('load', report);
    return report;
  } finally {
    if (server) process.kill(-server.pid!, 'SIGTERM');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLoadBench().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
