import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { api, BASE, byRoute, calls, DURATION_S, load, login, perRequest, startServer, summary, type ByRoute } from './load-bench-server.js';
import { closedLoop, createTimedClient, quantile, stats, type LoopResult } from './closed-loop.js';
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
 *
 * autocannon reports whole milliseconds, too coarse for 1.5× of a 6 ms floor, so every save
 * and floor run is repeated in a closed loop timed with `performance.now()` (`closed-loop.ts`,
 * same connections and duration), and the submit cycles are timed the same way; both are
 * reported. The submit cycles move to a fresh submission every `LOAD_BENCH_SUBMIT_RESET` (20)
 * cycles, so they time submissions of the sizes users submit (7–20 KB), with results per size
 * band; `LOAD_BENCH_SUBMIT_RESET=0` grows one submission throughout, as before.
 */

/**
 * 500, not 200: a p99 of 200 is the second-slowest submit, and quiet runs of 200 gave 0.88×, 1.39×
 * and 2.23× its floor; 1,000 gave 1.22× but makes `npm run bench` run near its 10 minutes.
 */
const SUBMIT_CYCLES = Number(process.env.LOAD_BENCH_SUBMITS ?? 500);
const WARMUP_S = Number(process.env.LOAD_BENCH_WARMUP_SECONDS ?? 3);
/** The submit cycles stop after this long (at least 20 timed), so a loaded machine cannot stretch `npm run bench` past its 10 minutes. */
const SUBMIT_BUDGET_S = Number(process.env.LOAD_BENCH_SUBMIT_SECONDS ?? 60);
/** Submit cycles on one submission before the bench moves to a fresh one (0: never, the submission grows throughout). */
const SUBMIT_RESET = Number(process.env.LOAD_BENCH_SUBMIT_RESET ?? 20);
const loadAtStart = loadavg()[0]!;

export async function runLoadBench() {
  // LOAD_BENCH_EXTERNAL=1: a server already running on BENCH_PORT (e.g. one started under --cpu-prof).
  const server = process.env.LOAD_BENCH_EXTERNAL === '1' ? undefined : await startServer();
  const timed = createTimedClient(BASE);
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
    // it, and the floor's few lines warm up far sooner than the save's validation. Each route is
    // run under autocannon (whole milliseconds) and then under the closed loop (sub-millisecond),
    // same connection count and duration.
    const floorRuns: autocannon.Result[] = [];
    const sizedFloorRuns: autocannon.Result[] = [];
    const sizedFloorChars: number[] = [];
    const saveRuns: autocannon.Result[] = [];
    const fine = { floor: [] as LoopResult[], sizedFloor: [] as (LoopResult & { chars: number })[], save: [] as LoopResult[] };
    /** The submission as stored (the item's JSON): what a save and a submit write. */
    const submissionJson = async () => JSON.stringify((await api('GET', `/api/submissions/${id}`, inst)).body);
    const saveBody = (v: number) => JSON.stringify({ version: v, answers: sample.answers });
    const json = { 'content-type': 'application/json' };
    /** What the web app's outbox sends with a save: it reads only the new version (RFC 7240, `prefer-minimal.ts`). */
    const saveHeaders = { ...json, prefer: 'return=minimal', authorization: `Bearer ${inst}` };
    const floorPut = (body: string) => ({ method: 'PUT', path: '/api/bench/floor', headers: json, body });
    let saves = 0;
    let floors = 0;
    const saveCalls: Record<string, number>[] = [];
    const floorsFrom = await byRoute();
    let floorCalls: Record<string, number> = {};
    for (let round = -1; round < 2; round++) {
      const warmUp = round < 0;
      const duration = warmUp ? WARMUP_S : DURATION_S;
      const f = await load({ duration, url: `${BASE}/api/bench/floor`, method: 'PUT', headers: json, body: saveBody(1) });
      if (!warmUp) floorRuns.push(f);
      floors += f.requests.total;
      // The same bare PutItem, of an item as large as the submission a save writes now.
      const sized = await submissionJson();
      const g = await load({ duration, url: `${BASE}/api/bench/floor`, method: 'PUT', headers: json, body: sized });
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
            headers: saveHeaders,
            setupRequest: (req) => ({ ...req, body: saveBody(version) }),
            onResponse: (status, body) => {
              if (status === 200) version = JSON.parse(body).version;
            },
          },
        ],
      });
      saves += s.requests.total;
      const r1 = await byRoute();
      // The same three, timed to the microsecond; the sized floor re-sized to the submission now.
      const ff = await closedLoop(BASE, { durationS: duration, next: () => floorPut(saveBody(1)) });
      const sizedNow = await submissionJson();
      const fg = await closedLoop(BASE, { durationS: duration, next: () => floorPut(sizedNow) });
      version = (await api('GET', `/api/submissions/${id}`, inst)).body.version as number;
      const fs = await closedLoop(BASE, {
        durationS: duration,
        next: () => ({ method: 'PUT', path: `/api/submissions/${id}`, headers: saveHeaders, body: saveBody(version) }),
        onResponse: (status, body) => {
          if (status === 200) version = JSON.parse(body).version;
        },
      });
      floors += ff.requests + fg.requests;
      saves += fs.requests;
      if (warmUp) continue;
      fine.floor.push(ff);
      fine.sizedFloor.push({ ...fg, chars: sizedNow.length });
      fine.save.push(fs);
      saveRuns.push(s);
      saveCalls.push(perRequest(r1, r0, `PUT /api/submissions/${id}`));
      floorCalls = perRequest(r1, floorsFrom, 'PUT /api/bench/floor');
    }

    // Submit cycles: submit (timed), wait until scored, return it to draft. Every SUBMIT_RESET
    // cycles the bench moves to a fresh submission (a new round like the demo one, the sample
    // answers saved once): each submit/return cycle adds audit entries and a return comment, so
    // 200 cycles on one submission grow it from 7 KB to 117 KB, which no institution's
    // self-evaluation reaches (a few submissions and returns a round). Sizes are reported, and
    // the results per size band.
    const template = (await api('GET', '/api/rounds/demo-2025-annual', admin)).body;
    let freshRounds = 0;
    const freshSubmission = async () => {
      freshRounds += 1;
      const roundId = `bench-submit-${freshRounds}`;
      const round = await api('POST', '/api/rounds', admin, {
        id: roundId, name: template.name, checklistId: template.checklistId, checklistVersion: template.checklistVersion,
        type: template.type, year: template.year, institutionIds: template.institutionIds, expertIds: template.expertIds,
      });
      if (round.status !== 201) throw new Error(`round: ${round.status} ${JSON.stringify(round.body)}`);
      const made = await api('POST', '/api/submissions', inst, { roundId, kind: 'self' });
      if (made.status !== 201) throw new Error(`submission: ${made.status} ${JSON.stringify(made.body)}`);
      const saved = await api('PUT', `/api/submissions/${made.body.id}`, inst, { version: made.body.version, answers: sample.answers });
      if (saved.status !== 200) throw new Error(`save: ${saved.status} ${JSON.stringify(saved.body)}`);
      return { id: made.body.id as string, version: saved.body.version as number, stored: JSON.stringify(saved.body) };
    };
    const cycle = { id, version: (await api('GET', `/api/submissions/${id}`, inst)).body.version as number, stored: await submissionJson() };
    if (SUBMIT_RESET > 0) Object.assign(cycle, await freshSubmission());
    const submitMs: number[] = [];
    const sizedSubmitFloorMs: number[] = [];
    const indexedSubmitFloorMs: number[] = [];
    const submitChars: number[] = [];
    const s0 = await byRoute();
    // Cycle 0 warms the submit path up and is not timed (as the warm-up above).
    const submitsFrom = performance.now();
    let cycles = 0;
    for (let i = 0; i <= SUBMIT_CYCLES; i++) {
      if (i > 20 && performance.now() - submitsFrom > SUBMIT_BUDGET_S * 1000) break;
      cycles = i;
      if (SUBMIT_RESET > 0 && i > 1 && (i - 1) % SUBMIT_RESET === 0) Object.assign(cycle, await freshSubmission());
      // The floor for this submit: a bare PutItem of an item the size of the submission it writes.
      const floorRes = await timed.send(floorPut(cycle.stored));
      // The same item with keys in the three indexes a submitted submission has (what the index entries cost).
      const indexedRes = await timed.send({ ...floorPut(cycle.stored), path: '/api/bench/floor?indexes=3' });
      // Timed until the response has arrived, as the floor and autocannon are: parsing the
      // returned submission is the client's work, not the server's.
      const submitted = await timed.send({ method: 'POST', path: `/api/submissions/${cycle.id}/submit`, headers: { ...json, authorization: `Bearer ${inst}` }, body: JSON.stringify({ version: cycle.version }) });
      if (i > 0) {
        sizedSubmitFloorMs.push(floorRes.ms);
        indexedSubmitFloorMs.push(indexedRes.ms);
        submitMs.push(submitted.ms);
        submitChars.push(cycle.stored.length);
      }
      const res = { status: submitted.status, body: JSON.parse(submitted.body) };
      if (res.status !== 202) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
      let current = res.body;
      for (let t = 0; t < 200 && current.status !== 'scored'; t++) {
        await new Promise((r) => setTimeout(r, 20));
        current = (await api('GET', `/api/submissions/${cycle.id}`, inst)).body;
      }
      const returned = await api('POST', `/api/submissions/${cycle.id}/return`, admin, { version: current.version, comment: '基准测试退回 (bench)' });
      if (returned.status !== 200) throw new Error(`return: ${returned.status} ${JSON.stringify(returned.body)}`);
      cycle.version = returned.body.version;
      cycle.stored = JSON.stringify(returned.body);
    }
    const s1 = await byRoute();
    // The submit route's calls over every submission submitted (one route key per submission).
    const submitRoutes = (snapshot: ByRoute) => Object.entries(snapshot).filter(([k]) => /^POST \/api\/submissions\/[^/]+\/submit$/.test(k));
    const summed = (snapshot: ByRoute) => {
      const sum: Record<string, number> = {};
      for (const [, c] of submitRoutes(snapshot)) for (const [k, v] of Object.entries(c)) sum[k] = (sum[k] ?? 0) + v;
      return sum;
    };
    const perSubmit = perRequest({ all: summed(s1) } as ByRoute, { all: summed(s0) } as ByRoute, 'all');
    // Calls after a response: in-process scoring of each submit (the polling GETs and returns are their own routes).
    const scoringCalls = Object.fromEntries(Object.entries(perRequest(s1, s0, 'background')).map(([k, v]) => [k, +(v / (cycles + 1)).toFixed(2)]));
    const reads = (c: Record<string, number>) => (c.GetItemCommand ?? 0) + (c.QueryCommand ?? 0) + (c.ScanCommand ?? 0) + (c.BatchGetItemCommand ?? 0);
    const writes = (c: Record<string, number>) => (c.PutItemCommand ?? 0) + (c.UpdateItemCommand ?? 0) + (c.DeleteItemCommand ?? 0);
    const routesThatScan = Object.entries(s1).filter(([, c]) => (c.ScanCommand ?? 0) > 0).map(([k]) => k);
    const charsAtEnd = await submissionChars();
    const total = await calls();
    const floorP99 = median(floorRuns.map((r) => r.latency.p99));
    const saveP99 = median(saveRuns.map((r) => r.latency.p99));
    const sizedFloorP99 = median(sizedFloorRuns.map((r) => r.latency.p99));
    const fineSaveP99 = median(fine.save.map((r) => r.p99Ms));
    const fineSizedFloorP99 = median(fine.sizedFloor.map((r) => r.p99Ms));
    const fineFloorP99 = median(fine.floor.map((r) => r.p99Ms));
    const submitP99 = quantile(submitMs, 0.99);
    const submitFloorP99 = quantile(sizedSubmitFloorMs, 0.99);
    const submitIndexedP99 = quantile(indexedSubmitFloorMs, 0.99);
    /** Submits and their paired floors in bands of the submission's size (characters of its JSON). */
    const bands = [[0, 10_000], [10_000, 20_000], [20_000, 60_000], [60_000, Infinity]] as const;
    const bySize = bands.flatMap(([lo, hi]) => {
      const at = submitChars.map((c, k) => (c >= lo && c < hi ? k : -1)).filter((k) => k >= 0);
      if (at.length === 0) return [];
      const pick = (xs: number[]) => at.map((k) => xs[k]!);
      return [{ chars: `${lo}–${hi === Infinity ? '' : hi}`, submits: at.length, submit: stats(pick(submitMs)), sizedFloor: stats(pick(sizedSubmitFloorMs)), indexedFloor: stats(pick(indexedSubmitFloorMs)), p99OverSizedFloor: +(quantile(pick(submitMs), 0.99) / quantile(pick(sizedSubmitFloorMs), 0.99)).toFixed(2) }];
    });
    const [load1, load5] = loadavg();
    const report = {
      server: 'npm start -- --memory --no-web (dynalite in memory), DABIAO_BENCH=1, one connection',
      loadAverage: { atStart1m: +loadAtStart.toFixed(2), atEnd1m: +load1!.toFixed(2), atEnd5m: +load5!.toFixed(2) },
      durationSeconds: DURATION_S,
      floor: floorRuns.map(summary),
      saveDraft: saveRuns.map(summary),
      // The floor writes the save's request body every time (its size below); a save writes and returns the whole submission.
      floorBodyChars: saveBody(1).length,
      // The floor again, its item as large as the submission a save writes (measured before each run).
      sizedFloor: sizedFloorRuns.map(summary),
      sizedFloorChars,
      // The same routes in a closed loop timed with performance.now() (sub-millisecond), after each autocannon run.
      fine,
      submissionChars: { atStart: charsAtStart, atEnd: charsAtEnd },
      submitRequest: { cycles, freshSubmissionEvery: SUBMIT_RESET || 'never', ...stats(submitMs) },
      // Each submit's own floor, timed just before it by the same client: a bare PutItem of the submission as it stood.
      submitSizedFloor: { ...stats(sizedSubmitFloorMs), submissionChars: { first: submitChars[0], last: submitChars[submitChars.length - 1], median: median(submitChars), max: Math.max(...submitChars) } },
      // The same PutItem with the item also keyed in the three indexes a submitted submission has.
      submitIndexedFloor: stats(indexedSubmitFloorMs),
      submitBySize: bySize,
      ratios: {
        saveP99OverSizedFloorP99Fine: fineSaveP99 / fineSizedFloorP99,
        saveP99OverSizedFloorP99Autocannon: saveP99 / sizedFloorP99,
        submitP99OverSizedFloorP99: submitP99 / submitFloorP99,
        submitP50OverSizedFloorP50: median(submitMs) / median(sizedSubmitFloorMs),
        submitP99OverIndexedFloorP99: submitP99 / submitIndexedP99,
        submitP50OverIndexedFloorP50: median(submitMs) / median(indexedSubmitFloorMs),
        saveP99OverFloorP99Fine: fineSaveP99 / fineFloorP99,
        saveP99OverFloorP99Autocannon: saveP99 / floorP99,
        floorThroughputOverSave: floorRuns[0]!.requests.average / saveRuns[0]!.requests.average,
      },
      dynamodbCallsPerRequest: {
        floor: floorCalls,
        saveDraft: saveCalls,
        submitRoute: perSubmit,
        scoringAfterSubmit: scoringCalls,
      },
      callsByRoute: s1,
      routesThatScan,
      scans: total.ScanCommand ?? 0,
      totalCalls: total,
      requests: { floors, saves },
      targets: {
        'save p99 ≤ 1.5 × sized floor p99 (closed loop, sub-millisecond)': fineSaveP99 <= 1.5 * fineSizedFloorP99,
        'save p99 ≤ 1.5 × sized floor p99 (autocannon, whole ms)': saveP99 <= 1.5 * sizedFloorP99,
        'submit p99 ≤ 1.5 × floor p99 (the sized floor paired with each submit)': submitP99 <= 1.5 * submitFloorP99,
        'no route scans': routesThatScan.length === 0 && (total.ScanCommand ?? 0) === 0,
        'submit ≤ 2 reads and ≤ 2 writes': reads(perSubmit) <= 2 && writes(perSubmit) <= 2,
      },
    };
    console.log(JSON.stringify(report, null, 2));
    await writeSection('load', report);
    return report;
  } finally {
    timed.close();
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
