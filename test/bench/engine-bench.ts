import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import type { ChecklistDefinition } from '../../functions/checklist/definition-schema.js';
import { resolvedDefinition } from '../../functions/cli/standard-scales-file.js';
import { gradeSubmission } from '../../functions/scoring/grade-submission.js';
import { canonicalInputs, inputHash } from '../../functions/scoring/input-hash.js';
import { resultOf } from '../../functions/scoring/score-result.js';
import { digestSha256Hex, pureSha256Hex, sha256Hex } from '../../functions/scoring/sha256.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import type { CompiledChecklist } from '../../functions/scoring/compile.js';
import { hainingFloor } from './floor/haining-floor.js';
import { gradeWithJsonLogic, toJsonLogic } from './floor/json-logic-rules.js';
import { median, writeSection } from './results-file.js';

/**
 * Part 1 of `npm run bench` (issue 13): one submission of the Haining hospital checklist (61
 * criteria) graded by the engine, by the hand-written floor and by the same rules as JsonLogic,
 * interleaved round by round over all 16 samples so machine load hits them alike (the fastest
 * round of each counts). The engine is timed in its parts: grading alone (statuses, points,
 * totals, band, veto: what the floor and JsonLogic compute), the texts worded from a grading, the
 * input hash (canonical JSON and SHA-256), and the whole score; the hash also with each SHA-256
 * implementation on its own. Writes the `engine` section.
 */

const ROUNDS = Number(process.env.ENGINE_BENCH_ROUNDS ?? 15);
const PER_ROUND = 200;

/** Microseconds per call of synchronous `work` over the samples. */
function perCall<T>(samples: T[], work: (s: T) => unknown): number {
  for (let i = 0; i < 50; i++) work(samples[i % samples.length]!);
  const start = performance.now();
  for (let i = 0; i < PER_ROUND; i++) work(samples[i % samples.length]!);
  return ((performance.now() - start) / PER_ROUND) * 1000;
}

/** The same for asynchronous work, one call at a time (as a page would hash). */
async function perCallAsync<T>(samples: T[], work: (s: T) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 50; i++) await work(samples[i % samples.length]!);
  const start = performance.now();
  for (let i = 0; i < PER_ROUND; i++) await work(samples[i % samples.length]!);
  return ((performance.now() - start) / PER_ROUND) * 1000;
}

export async function runEngineBench() {
  const definition = resolvedDefinition(JSON.parse(await readFile('forms/haining-hospital-2023/checklist.json', 'utf8'))) as ChecklistDefinition;
  const dir = 'forms/haining-hospital-2023/samples';
  const engine = createDefaultEngine();
  const prepared = engine.prepare(definition, 'bench');
  const compiled = (prepared as unknown as { compiled: CompiledChecklist }).compiled;
  const samples = await Promise.all(
    (await readdir(dir)).filter((f) => f.endsWith('.json')).map(async (f) => {
      const s = JSON.parse(await readFile(`${dir}/${f}`, 'utf8'));
      return { context: prepared.normalizeContext(s.context), answers: s.answers ?? {}, evidence: s.evidence ?? {} };
    }),
  );
  const rules = toJsonLogic(definition);
  const checklist = { id: definition.id, version: definition.version };
  const texts = samples.map((s) => canonicalInputs(checklist, s));
  const gradings = samples.map((s) => gradeSubmission(compiled, s));
  type Sample = (typeof samples)[number];
  const runs: Record<string, [unknown[], (x: never) => unknown]> = {
    engine: [samples, (s: Sample) => engine.score(prepared, s)],
    engineGrading: [samples, (s: Sample) => gradeSubmission(compiled, s)],
    engineTexts: [gradings, (g: (typeof gradings)[number]) => resultOf(compiled, g, '')],
    engineHash: [samples, (s: Sample) => inputHash(checklist, s)],
    engineNoHash: [samples, (s: Sample) => scoreSubmission(compiled, s, { hash: false })],
    floor: [samples, (s: Sample) => hainingFloor(s.context, s.answers, s.evidence)],
    jsonLogic: [samples, (s: Sample) => gradeWithJsonLogic(definition, rules, s)],
  };
  const hashes = {
    nodeCrypto: (t: string) => void createHash('sha256').update(t, 'utf8').digest('hex'),
    engineSha256: (t: string) => void sha256Hex(t),
    pureJs: (t: string) => void pureSha256Hex(t),
  };
  const times: Record<string, number[]> = {};
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, [inputs, work]] of Object.entries(runs)) (times[name] ??= []).push(perCall(inputs, work as (x: unknown) => unknown));
    for (const [name, work] of Object.entries(hashes)) (times[`hash.${name}`] ??= []).push(perCall(texts, work));
    (times['hash.webCrypto'] ??= []).push(await perCallAsync(texts, digestSha256Hex));
  }
  // The fastest round of each: on a shared machine the slower rounds measure the neighbours.
  const us = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.min(...v)]));
  const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const grading = us.engineGrading!;
  const report = {
    checklist: definition.id,
    criteria: definition.criteria.length,
    samples: samples.length,
    microsecondsPerSubmission: us,
    medianMicroseconds: medians,
    ratios: {
      engineGradingOverFloor: grading / us.floor!,
      jsonLogicOverEngineGrading: us.jsonLogic! / grading,
      engineNoHashOverFloor: us.engineNoHash! / us.floor!,
      jsonLogicOverEngineNoHash: us.jsonLogic! / us.engineNoHash!,
      engineOverFloor: us.engine! / us.floor!,
      textsOverGrading: us.engineTexts! / grading,
      hashShareOfEngine: us.engineHash! / us.engine!,
      pureJsHashOverNodeCrypto: us['hash.pureJs']! / us['hash.nodeCrypto']!,
    },
    targets: {
      'grading ≤ 3 × floor': grading <= 3 * us.floor!,
      'engine grading ≥ 10 × faster than json-logic-js': us.jsonLogic! >= 10 * grading,
      'engine hashes with the runtime’s fastest SHA-256': sha256Hex !== pureSha256Hex,
    },
    notes:
      'engineGrading computes what the floor and JsonLogic compute (statuses, points, section totals, total, band, veto hits) with no text; engineTexts words a grading into the stored result (targets, actual values, gaps in zh and en); engineHash is the input hash (canonical JSON + SHA-256); engineNoHash is grading + texts; engine is the whole score (grading + texts + hash). Run with tsx, whose esbuild keeps function names (a call per closure created), as the floor and JsonLogic are. Hash figures below engineHash are per canonical input text; webCrypto is awaited one call at a time.',
  };
  console.log(JSON.stringify(report, null, 2));
  await writeSection('engine', report);
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runEngineBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
