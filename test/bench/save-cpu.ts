import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { api, BASE, login, startServer } from './load-bench-server.js';
import { closedLoop, createTimedClient, stats, type LoopResult } from './closed-loop.js';
import { median } from './results-file.js';

/**
 * Issue 13.2, while iterating: the server's CPU time per request (all its processes, from
 * /proc) for the sized floor and for saving, with the closed loop's p50/p99, in alternating
 * runs, then the two interleaved request by request. CPU per request depends less on the
 * machine's load than latency does, and interleaving exposes both routes to the same load.
 * `BENCH_PORT=3402 npx tsx test/bench/save-cpu.ts` (SAVE_CPU_ROUNDS, SAVE_CPU_SECONDS).
 */
const ROUNDS = Number(process.env.SAVE_CPU_ROUNDS ?? 4);
const SECONDS = Number(process.env.SAVE_CPU_SECONDS ?? 4);
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** CPU milliseconds (user + system) of every process in the server's process group. */
function groupCpuMs(pgid: number): number {
  const pids = execFileSync('pgrep', ['-g', String(pgid)]).toString().trim().split('\n');
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * TICK_MS;
}

const server = await startServer();
try {
  const pgid = server.pid!;
  const inst = await login('inst1');
  const sample = JSON.parse(await readFile('forms/haining-hospital-2023/samples/renmin-2025-all-met.json', 'utf8'));
  const list = await api('GET', '/api/submissions', inst);
  const existing = (list.body.items ?? []).find((s: { roundId: string }) => s.roundId === 'demo-2025-annual');
  const id = (existing ?? (await api('POST', '/api/submissions', inst, { roundId: 'demo-2025-annual', kind: 'self' })).body).id as string;
  let version = (await api('GET', `/api/submissions/${id}`, inst)).body.version as number;
  const json = { 'content-type': 'application/json' };
  // What the web app's outbox sends with a save (it reads only the new version).
  const saveHeaders = { ...json, prefer: 'return=minimal', authorization: `Bearer ${inst}` };
  const saveBody = () => JSON.stringify({ version, answers: sample.answers });
  const runs: Record<string, { cpuUsPerRequest: number; loop: LoopResult }[]> = { floor: [], save: [] };
  for (let round = -1; round < ROUNDS; round++) {
    const sized = JSON.stringify((await api('GET', `/api/submissions/${id}`, inst)).body);
    const c0 = groupCpuMs(pgid);
    const f = await closedLoop(BASE, { durationS: SECONDS, next: () => ({ method: 'PUT', path: '/api/bench/floor', headers: json, body: sized }) });
    const c1 = groupCpuMs(pgid);
    version = (await api('GET', `/api/submissions/${id}`, inst)).body.version as number;
    const c2 = groupCpuMs(pgid);
    const s = await closedLoop(BASE, {
      durationS: SECONDS,
      next: () => ({ method: 'PUT', path: `/api/submissions/${id}`, headers: saveHeaders, body: saveBody() }),
      onResponse: (status, body) => {
        if (status === 200) version = JSON.parse(body).version;
      },
    });
    const c3 = groupCpuMs(pgid);
    if (round < 0) continue;
    runs.floor!.push({ cpuUsPerRequest: ((c1 - c0) * 1000) / f.requests, loop: f });
    runs.save!.push({ cpuUsPerRequest: ((c3 - c2) * 1000) / s.requests, loop: s });
  }
  // Interleaved: floor and save in turn on one connection, so both meet the same machine load
  // from one request to the next (the runs above alternate every few seconds).
  const client = createTimedClient(BASE);
  const lat = { floor: [] as number[], save: [] as number[] };
  const sized = JSON.stringify((await api('GET', `/api/submissions/${id}`, inst)).body);
  version = (await api('GET', `/api/submissions/${id}`, inst)).body.version as number;
  const until = Date.now() + ROUNDS * SECONDS * 1000;
  while (Date.now() < until) {
    const f = await client.send({ method: 'PUT', path: '/api/bench/floor', headers: json, body: sized });
    const s = await client.send({ method: 'PUT', path: `/api/submissions/${id}`, headers: saveHeaders, body: saveBody() });
    if (f.status !== 200 || s.status !== 200) throw new Error(`interleaved: ${f.status} ${s.status} ${s.body}`);
    version = JSON.parse(s.body).version;
    lat.floor.push(f.ms);
    lat.save.push(s.ms);
  }
  client.close();
  const fi = stats(lat.floor);
  const si = stats(lat.save);
  const interleaved = { requests: lat.floor.length, floor: fi, save: si, ratios: { p50: +(si.p50Ms / fi.p50Ms).toFixed(2), p99: +(si.p99Ms / fi.p99Ms).toFixed(2) } };
  const m = (k: string, f: (r: { cpuUsPerRequest: number; loop: LoopResult }) => number) => +median(runs[k]!.map(f)).toFixed(3);
  const summary = Object.fromEntries(['floor', 'save'].map((k) => [k, { cpuUs: m(k, (r) => r.cpuUsPerRequest), p50Ms: m(k, (r) => r.loop.p50Ms), p99Ms: m(k, (r) => r.loop.p99Ms), non2xx: runs[k]!.reduce((a, r) => a + r.loop.non2xx, 0) }]));
  console.log(JSON.stringify({ loadAverage: loadavg().map((x) => +x.toFixed(2)), summary, ratios: { cpu: +(summary.save!.cpuUs / summary.floor!.cpuUs).toFixed(2), p50: +(summary.save!.p50Ms / summary.floor!.p50Ms).toFixed(2), p99: +(summary.save!.p99Ms / summary.floor!.p99Ms).toFixed(2) }, interleaved }, null, 1));
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}
process.exit(0);
