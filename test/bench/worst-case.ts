import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worst-case section of `npm run bench` (issue 7): 16 concurrent hostile requests of one
 * shape against a local server, while `/api/health` is probed 20 times a second. Reports the
 * largest response, the longest event-loop block and the health probes' p99. The server runs in
 * a worker thread (in-process, fresh throwaway store per shape) so that a blocked server cannot
 * stop the bench's clock; every request has a client timeout and each shape a deadline, after
 * which the worker is terminated, so the section's runtime is bounded whatever the server does.
 */

/** Requests in one burst (WORST_CASE_CONCURRENCY=1 measures one request alone). */
const CONCURRENCY = Number(process.env.WORST_CASE_CONCURRENCY ?? 16);
/** Client timeout of one hostile request. */
const REQUEST_TIMEOUT_MS = 20_000;
/** A shape's burst ends here even if requests are still running (then the server is killed). */
const SHAPE_DEADLINE_MS = 30_000;
const HEALTH_EVERY_MS = 50;

interface Ready {
  port: number;
  tokens: { admin: string; institution: string };
  submissionId: string;
  version: number;
  mini: Record<string, unknown>;
}

interface Shape {
  item: string;
  what: string;
  request(ready: Ready): { method: string; path: string; token: string; body: string };
}

/** `{"map": [[0..9], …]}` nested `depth` deep inside a `var`: 10^depth evaluations (issue 7, item 5). */
function nestedMap(depth: number): unknown {
  let inner: unknown = { var: '' };
  for (let d = 0; d < depth; d++) inner = { map: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], inner] };
  return { var: [inner] };
}

function withForm(mini: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const form = mini.form as { schema: { properties: Record<string, unknown> } };
  return { ...mini, form: { ...form, schema: { ...form.schema, properties: { ...form.schema.properties, ...extra } } } };
}

export const SHAPES: Shape[] = [
  {
    item: '1',
    what: 'save: 800 KB, 200,000 wrong items in one array',
    request: (r) => ({ method: 'PUT', path: `/api/submissions/${r.submissionId}`, token: r.tokens.institution, body: JSON.stringify({ version: r.version, answers: { centres: new Array(200_000).fill('x') } }) }),
  },
  {
    item: '2',
    what: 'save: 29 × "a" + "!" against the published pattern ^(a|a)*$',
    request: (r) => ({ method: 'PUT', path: `/api/submissions/${r.submissionId}`, token: r.tokens.institution, body: JSON.stringify({ version: r.version, answers: { code: `${'a'.repeat(29)}!` } }) }),
  },
  {
    item: '1b',
    what: 'save: 750 KB, 40,000 wrong evidence entries',
    request: (r) => {
      const evidence: Record<string, unknown> = {};
      for (let i = 0; i < 40_000; i++) evidence[`c${i}`] = [{ x: 1 }];
      return { method: 'PUT', path: `/api/submissions/${r.submissionId}`, token: r.tokens.institution, body: JSON.stringify({ version: r.version, evidence }) };
    },
  },
  {
    item: '5',
    what: 'dry run: a derived value {"var":[{"map":…}]} nesting map 6 deep',
    request: (r) => ({
      method: 'POST',
      path: '/api/checklists/dry-run',
      token: r.tokens.admin,
      body: JSON.stringify({
        definition: { ...r.mini, id: 'bench-logic', derived: [{ id: 'evil', title: { zh: '恶意' }, expr: nestedMap(6), range: { min: 0, max: 100 } }] },
        sample: { context: { year: 2025, round: 'annual', institutionType: 'general' }, answers: { beds: 1 } },
      }),
    }),
  },
  {
    item: '6',
    what: 'dry run: a 790 KB definition with 20,000 fields',
    request: (r) => {
      const fields: Record<string, unknown> = {};
      for (let i = 0; i < 20_000; i++) fields[`field${i}`] = { type: 'number', minimum: 0 };
      return { method: 'POST', path: '/api/checklists/dry-run', token: r.tokens.admin, body: JSON.stringify({ definition: withForm({ ...r.mini, id: 'bench-huge' }, fields) }) };
    },
  },
];

function p99(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
}

/** Reads a response body counting bytes without keeping them (old code answered 120 MB each). */
async function bodyBytes(res: Response): Promise<number> {
  let n = 0;
  if (!res.body) return 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) n += chunk.byteLength;
  return n;
}

export interface ShapeResult {
  item: string;
  what: string;
  requestBytes: number;
  statuses: Record<string, number>;
  largestResponseBytes: number;
  longestEventLoopBlockMs: number;
  healthP99Ms: number;
  healthProbes: number;
  burstMs: number;
  /** True when the deadline passed with requests unanswered (figures are then lower bounds). */
  cutOff: boolean;
}

async function runShape(shape: Shape): Promise<ShapeResult> {
  // The worker loads TypeScript through tsx, as the bench itself does.
  const server = new URL('./worst-case-server.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(server)}); });`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
  // Start-up (dynalite, fixtures, compiling) is not part of the burst: beats count from 'ready' on.
  let lastBeat = Number.POSITIVE_INFINITY;
  let longestGap = 0;
  let maxDelayMs = 0;
  let crashed: string | undefined;
  const ready = await new Promise<Ready>((resolve, reject) => {
    worker.on('message', (m) => {
      if (m.type === 'ready') {
        lastBeat = Date.now();
        resolve(m as Ready);
      }
      else if (m.type === 'failed') reject(new Error(m.message));
      else if (m.type === 'beat' && lastBeat !== Number.POSITIVE_INFINITY) {
        longestGap = Math.max(longestGap, m.at - lastBeat - HEALTH_EVERY_MS);
        lastBeat = m.at;
        maxDelayMs = Math.max(maxDelayMs, m.maxDelayMs);
      }
    });
    worker.on('error', (e) => {
      crashed = String(e);
      reject(e);
    });
  });
  const base = `http://127.0.0.1:${ready.port}`;
  const req = shape.request(ready);
  const started = performance.now();
  const deadline = AbortSignal.timeout(SHAPE_DEADLINE_MS);

  const health: number[] = [];
  const probes: Promise<void>[] = [];
  const probe = setInterval(() => {
    const t0 = performance.now();
    probes.push(
      fetch(`${base}/api/health`, { signal: deadline })
        .then((res) => bodyBytes(res))
        .then(
          () => void health.push(performance.now() - t0),
          () => void health.push(performance.now() - t0),
        ),
    );
  }, HEALTH_EVERY_MS);

  const statuses: Record<string, number> = {};
  let largest = 0;
  const count = (key: string) => (statuses[key] = (statuses[key] ?? 0) + 1);
  const burst = Array.from({ length: CONCURRENCY }, async () => {
    try {
      const res = await fetch(base + req.path, {
        method: req.method,
        headers: { authorization: `Bearer ${req.token}`, 'content-type': 'application/json' },
        body: req.body,
        signal: AbortSignal.any([deadline, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      });
      largest = Math.max(largest, await bodyBytes(res));
      count(String(res.status));
    } catch (error) {
      count((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError' ? 'timeout' : `error:${(error as Error).name}`);
    }
  });
  await Promise.all(burst);
  const burstMs = performance.now() - started;
  clearInterval(probe);
  const cutOff = (statuses.timeout ?? 0) > 0;
  // Probes still waiting on a blocked server have waited at least this long.
  if (cutOff) await new Promise((r) => setTimeout(r, 100));
  await Promise.race([Promise.all(probes), new Promise((r) => setTimeout(r, Math.max(0, SHAPE_DEADLINE_MS - (performance.now() - started)) + 200))]);
  const ongoingGap = Date.now() - lastBeat - HEALTH_EVERY_MS;
  await worker.terminate();
  if (crashed) statuses[`crashed: ${crashed}`] = 1;
  return {
    item: shape.item,
    what: shape.what,
    requestBytes: Buffer.byteLength(req.body),
    statuses,
    largestResponseBytes: largest,
    longestEventLoopBlockMs: Math.round(Math.max(maxDelayMs, longestGap, ongoingGap)),
    healthP99Ms: Math.round(p99(health)),
    healthProbes: health.length,
    burstMs: Math.round(burstMs),
    cutOff,
  };
}

/** Runs every shape in turn, each against a fresh server; bounded by about 4 × 35 s. */
export async function runWorstCase(log: (line: string) => void = console.log): Promise<ShapeResult[]> {
  const results: ShapeResult[] = [];
  // WORST_CASE_ITEMS=1,2 runs only those items.
  const only = process.env.WORST_CASE_ITEMS?.split(',');
  for (const shape of SHAPES.filter((s) => !only || only.includes(s.item))) {
    const r = await runShape(shape);
    log(`item ${r.item} (${r.what}): statuses ${JSON.stringify(r.statuses)}, largest response ${r.largestResponseBytes} B, longest event-loop block ${r.longestEventLoopBlockMs} ms, health p99 ${r.healthP99Ms} ms over ${r.healthProbes} probes, burst ${r.burstMs} ms${r.cutOff ? ' (cut off at the deadline: lower bounds)' : ''}`);
    results.push(r);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runWorstCase()
    .then((results) => console.log(JSON.stringify(results, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
