import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../../seeds/demo-data.js';

/** The load bench's server (`npm start -- --memory --no-web` in bench mode), a small client of its API, and autocannon runs against it. */

const PORT = Number(process.env.BENCH_PORT ?? 4108);
export const BASE = `http://localhost:${PORT}`;
export const DURATION_S = Number(process.env.LOAD_BENCH_SECONDS ?? 10);

/** Starts the local server in bench mode (throwaway dynalite, the floor route and the call counters on). */
export async function startServer(): Promise<ChildProcess> {
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

/** One JSON request; `body` parsed when there is one. */
export async function api(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export const login = async (username: string) => (await api('POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD })).body.token as string;
export const calls = async () => (await api('GET', '/api/bench/dynamodb-calls')).body as Record<string, number>;
export type ByRoute = Record<string, Record<string, number>>;
export const byRoute = async () => (await api('GET', '/api/bench/dynamodb-calls-by-route')).body as ByRoute;
/** Calls per request of one route (`<method> <path>`) between two snapshots of the server's per-route counter. */
export function perRequest(after: ByRoute, before: ByRoute, key: string): Record<string, number> {
  const a = after[key] ?? {};
  const b = before[key] ?? {};
  const n = (a.requests ?? 0) - (b.requests ?? 0);
  return Object.fromEntries(Object.keys(a).filter((k) => k !== 'requests' && a[k] !== (b[k] ?? 0)).map((k) => [k, +((a[k]! - (b[k] ?? 0)) / Math.max(n, 1)).toFixed(2)]));
}

/** What the results keep of an autocannon run. */
export function summary(r: autocannon.Result) {
  return { requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, p50Ms: r.latency.p50, p99Ms: r.latency.p99, requestsPerSecond: r.requests.average };
}

/** autocannon on one route for `DURATION_S` (one connection); `chain` carries the submission version from response to request. */
export function load(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ duration: DURATION_S, connections: 1, ...opts }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}
