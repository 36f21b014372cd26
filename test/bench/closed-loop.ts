import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** One request of a closed loop: what to send, built fresh each time (a save carries the version the last answer gave). */
export interface LoopRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Latencies of one closed-loop run, in milliseconds with sub-millisecond resolution. */
export interface LoopResult {
  requests: number;
  non2xx: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
}

/** The q-quantile (nearest rank) of `xs`. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? Number.NaN;
}

/** A keep-alive HTTP client over `sockets` connections whose every answer carries its latency. */
export function createTimedClient(baseUrl: string, sockets = 1) {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  /** Sends `r`; `ms` runs from the call until the whole response body has arrived. */
  const send = (r: LoopRequest) =>
    new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
      const t0 = performance.now();
      const req = request({ hostname, port, agent, method: r.method, path: r.path, headers: { ...r.headers, ...(r.body === undefined ? {} : { 'content-length': Buffer.byteLength(r.body) }) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0 }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(r.body);
    });
  return { send, close: () => agent.destroy() };
}

/**
 * Beside autocannon, which reports whole milliseconds (a 1 ms step is 0.17× of a 6 ms floor):
 * `connections` loops, each sending its next request when the previous answer has been read
 * (a closed loop, as autocannon's), over keep-alive `node:http` connections (one socket per
 * loop), for `durationS`. Each request is timed with `performance.now()` from the call until
 * the whole response body has arrived, as autocannon times it; `onResponse` (parsing) runs
 * outside the timing.
 */
export async function closedLoop(
  baseUrl: string,
  opts: { durationS: number; connections?: number; next: () => LoopRequest; onResponse?: (status: number, body: string) => void },
): Promise<LoopResult> {
  const connections = opts.connections ?? 1;
  const client = createTimedClient(baseUrl, connections);
  const latencies: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const until = started + opts.durationS * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const res = await client.send(opts.next());
      latencies.push(res.ms);
      if (res.status < 200 || res.status > 299) non2xx += 1;
      opts.onResponse?.(res.status, res.body);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, loop));
  } finally {
    client.close();
  }
  const elapsed = (performance.now() - started) / 1000;
  return { requests: latencies.length, non2xx, ...stats(latencies), requestsPerSecond: +(latencies.length / elapsed).toFixed(1) };
}

/** p50, p99 and max of latencies, to the microsecond. */
export function stats(latencies: readonly number[]) {
  const round = (x: number) => +x.toFixed(3);
  return { p50Ms: round(quantile(latencies, 0.5)), p99Ms: round(quantile(latencies, 0.99)), maxMs: round(Math.max(...latencies)) };
}
