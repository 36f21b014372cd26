import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '../../seeds/demo-data.js';
import { createTimedClient, stats } from './closed-loop.js';

/**
 * Issue 13.2, A/B of a change to the save path: two bench-mode servers, one from another checkout
 * (`SAVE_AB_BEFORE=/path/to/checkout`, its `node_modules` linked) and one from this one, each
 * with its own throwaway store, sent the same four requests in turn, one at a time: the sized
 * floor and a save on "before", then on "after". Both meet the same machine load from one
 * request to the next, so the ratios (save / floor on each server) compare across the two even
 * on this shared machine, where absolute times drift. They alternate in blocks of `BLOCK`
 * requests, so each server's CPU time per request (its process group, from /proc) is told apart
 * for floor and save: CPU swings less with the load than latency does. Each side's save sends what that side's web
 * app sent (`SAVE_AB_BEFORE_PREFER`, `SAVE_AB_AFTER_PREFER`: a `Prefer` header or nothing).
 * `SAVE_AB_BEFORE=… npx tsx test/bench/save-ab.ts` (ports 3402 and 3403; `SAVE_AB_SECONDS`, 60).
 */
const SECONDS = Number(process.env.SAVE_AB_SECONDS ?? 60);
const BLOCK = 10;
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** CPU milliseconds (user + system) of every process in a process group. */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of execFileSync('pgrep', ['-g', String(pgid)]).toString().trim().split('\n')) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * TICK_MS;
}

const sides = [
  { name: 'before', dir: process.env.SAVE_AB_BEFORE ?? '.', port: 3402, prefer: process.env.SAVE_AB_BEFORE_PREFER ?? '' },
  { name: 'after', dir: '.', port: 3403, prefer: process.env.SAVE_AB_AFTER_PREFER ?? 'return=minimal' },
];

/** The bench-mode server of one checkout, started as `load-bench-server.ts` starts it. */
async function start(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'functions/local/main.ts', '--memory', '--no-web'], {
    cwd: resolve(dir), env: { ...process.env, PORT: String(port), DABIAO_BENCH: '1' }, stdio: ['ignore', 'pipe', 'inherit'], detached: true,
  });
  await new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Dabiao API on') && ok());
    child.once('exit', (code) => fail(new Error(`the ${dir} server exited (${code})`)));
  });
  return child;
}

/** One side's client: a signed-in institution, its draft and the sized floor's body. */
async function prepare(port: number, prefer: string, answers: unknown) {
  const base = `http://localhost:${port}`;
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return res.json();
  };
  const token = (await call('POST', '/api/auth/login', undefined, { username: 'inst1', password: DEMO_PASSWORD })).token as string;
  const existing = ((await call('GET', '/api/submissions', token)).items ?? []).find((s: { roundId: string }) => s.roundId === 'demo-2025-annual');
  const id = (existing ?? (await call('POST', '/api/submissions', token, { roundId: 'demo-2025-annual', kind: 'self' }))).id as string;
  const client = createTimedClient(base);
  let version = (await call('GET', `/api/submissions/${id}`, token)).version as number;
  const json = { 'content-type': 'application/json' };
  const headers = { ...json, authorization: `Bearer ${token}`, ...(prefer ? { prefer } : {}) };
  const sized = async () => JSON.stringify(await call('GET', `/api/submissions/${id}`, token));
  let floorBody = await sized();
  const lat = { floor: [] as number[], save: [] as number[], replyChars: 0, floorCpuMs: 0, saveCpuMs: 0 };
  return {
    lat,
    /** Sizes the floor to the submission as it stands (it grows by an audit entry only when the audit entry changes). */
    resize: async () => void (floorBody = await sized()),
    floor: async () => lat.floor.push((await client.send({ method: 'PUT', path: '/api/bench/floor', headers: json, body: floorBody })).ms),
    save: async () => {
      const r = await client.send({ method: 'PUT', path: `/api/submissions/${id}`, headers, body: JSON.stringify({ version, answers }) });
      if (r.status !== 200) throw new Error(`save ${r.status} ${r.body}`);
      version = JSON.parse(r.body).version;
      lat.replyChars = r.body.length;
      lat.save.push(r.ms);
    },
    close: () => client.close(),
  };
}

const servers: ChildProcess[] = [];
try {
  const answers = JSON.parse(await readFile('forms/haining-hospital-2023/samples/renmin-2025-all-met.json', 'utf8')).answers;
  for (const side of sides) servers.push(await start(side.dir, side.port));
  const clients = await Promise.all(sides.map((side) => prepare(side.port, side.prefer, answers)));
  // Warm-up, unrecorded: the JIT compiles the save's validation far later than the floor's few lines.
  for (let i = 0; i < 300; i++) for (const c of clients) await c.floor().then(c.save);
  for (const c of clients) await c.resize();
  for (const c of clients) c.lat.floor.length = c.lat.save.length = 0;
  const load0 = loadavg()[0]!;
  const until = Date.now() + SECONDS * 1000;
  while (Date.now() < until) {
    for (const [i, c] of clients.entries()) {
      const pgid = servers[i]!.pid!;
      const c0 = groupCpuMs(pgid);
      for (let n = 0; n < BLOCK; n++) await c.floor();
      const c1 = groupCpuMs(pgid);
      for (let n = 0; n < BLOCK; n++) await c.save();
      c.lat.floorCpuMs += c1 - c0;
      c.lat.saveCpuMs += groupCpuMs(pgid) - c1;
    }
  }
  const out = Object.fromEntries(sides.map((side, i) => {
    const { floor, save, replyChars, floorCpuMs, saveCpuMs } = clients[i]!.lat;
    const f = { ...stats(floor), cpuUs: Math.round((floorCpuMs * 1000) / floor.length) };
    const s = { ...stats(save), cpuUs: Math.round((saveCpuMs * 1000) / save.length) };
    const ratios = { cpu: +(s.cpuUs / f.cpuUs).toFixed(2), p50: +(s.p50Ms / f.p50Ms).toFixed(2), p99: +(s.p99Ms / f.p99Ms).toFixed(2) };
    return [side.name, { dir: side.dir, prefer: side.prefer || undefined, requests: save.length, replyChars, floor: f, save: s, ratios }];
  }));
  console.log(JSON.stringify({ loadAverage: [+load0.toFixed(2), +loadavg()[0]!.toFixed(2)], seconds: SECONDS, ...out }, null, 1));
  for (const c of clients) c.close();
} finally {
  for (const s of servers) process.kill(-s.pid!, 'SIGTERM');
}
process.exit(0);
