import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';

/** The one results file every part of `npm run bench` writes its section into. */
export const RESULTS_FILE = 'test/bench/results.json';

const round = (x: unknown): unknown =>
  typeof x === 'number'
    ? Math.round(x * 1000) / 1000
    : Array.isArray(x)
      ? x.map(round)
      : x && typeof x === 'object'
        ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, round(v)]))
        : x;

/** The machine a figure was measured on: absolute times mean little without it. */
export function machine() {
  return { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((l) => +l.toFixed(2)) };
}

/** Replaces one section of the results file (numbers to three decimals), keeping the others. */
export async function writeSection(key: string, value: unknown): Promise<void> {
  const all = JSON.parse(await readFile(RESULTS_FILE, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  all[key] = round({ at: new Date().toISOString(), machine: machine(), ...(value as object) });
  await writeFile(RESULTS_FILE, JSON.stringify(all, null, 2) + '\n');
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
