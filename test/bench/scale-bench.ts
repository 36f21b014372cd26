import { readFile, readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import type { ChecklistDefinition } from '../../functions/checklist/definition-schema.js';
import { resolvedDefinition } from '../../functions/cli/standard-scales-file.js';
import type { Institution } from '../../functions/domain/model/institution.js';
import type { EvaluationRound } from '../../functions/domain/model/round.js';
import type { ScoreSummary, Submission } from '../../functions/domain/model/submission.js';
import { computeRoundResults } from '../../functions/domain/services/round-results.js';
import type { ScoreResult } from '../../functions/scoring/result-types.js';
import { writeSection } from './results-file.js';

/**
 * Part 5 of `npm run bench` (issue 13), in memory: re-scoring N stored submissions of the Haining
 * checklist against a new version (compile once, then per submission: score, store the full
 * result, store the summary on the submission — the scorer's work without the queue and without
 * DynamoDB), and building a round's results and dashboard data (`computeRoundResults`, what
 * `GET /api/rounds/:id/results` returns) for N institutions. N = 1,000 and 10,000; time, peak
 * heap, repository calls, and the 10k/1k ratio (10 when linear).
 */

function summaryOf(result: ScoreResult, revision: number): ScoreSummary {
  return {
    revision, checklistVersion: result.checklist.version, engineVersion: result.engineVersion, total: result.total, band: result.band,
    vetoHits: result.vetoHits, criteria: result.criteria.map((c) => ({ id: c.id, status: c.status, points: c.points, maxPoints: c.maxPoints })),
    scoredAt: '2026-01-01T00:00:00.000Z', resultKey: `r${revision}`,
  };
}

function peakHeap<T>(work: () => T): { value: T; ms: number; peakHeapMb: number } {
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { value, ms, peakHeapMb: (peak - base) / 1024 / 1024 };
}

export async function runScaleBench() {
  const v1 = resolvedDefinition(JSON.parse(await readFile('forms/haining-hospital-2023/checklist.json', 'utf8'))) as ChecklistDefinition;
  // The "new version": the same checklist republished with one weight changed, as a correction would.
  const v2 = { ...v1, version: v1.version + 1, criteria: v1.criteria.map((c, i) => (i === 0 ? { ...c, weight: (c.weight ?? 1) + 1 } : c)) };
  const dir = 'forms/haining-hospital-2023/samples';
  const samples = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.json')).map(async (f) => JSON.parse(await readFile(`${dir}/${f}`, 'utf8'))));
  const engine = createDefaultEngine();
  const out: Record<string, unknown> = {};
  for (const n of [1_000, 10_000]) {
    const submissions: Submission[] = Array.from({ length: n }, (_, i) => {
      const s = samples[i % samples.length];
      return {
        id: `r.inst-${i}.self`, roundId: 'r', institutionId: `inst-${i}`, kind: 'self', status: 'scored', version: 3, revision: 1,
        checklistId: v1.id, checklistVersion: v1.version, context: s.context, answers: s.answers, evidence: s.evidence ?? {},
        comments: [], createdBy: 'x', createdAt: '', updatedAt: '', audit: [],
      } as unknown as Submission;
    });
    const results = new Map<string, ScoreResult>();
    let repositoryCalls = 0;
    const rescore = peakHeap(() => {
      const prepared = engine.prepare(v2, `${v2.id}@${v2.version}`);
      for (const s of submissions) {
        repositoryCalls += 1; // read the submission
        const result = engine.score(prepared, { context: prepared.normalizeContext(s.context), answers: s.answers, evidence: s.evidence });
        results.set(`${s.id}#2`, result);
        repositoryCalls += 1; // write the full result
        s.score = summaryOf(result, 2);
        s.checklistVersion = v2.version;
        repositoryCalls += 1; // conditional write of the submission's summary
      }
    });
    const round = { id: 'r', name: { zh: '基准' }, year: 2025, type: 'final', checklistId: v2.id, checklistVersion: v2.version, status: 'open', institutionIds: submissions.map((s) => s.institutionId) } as unknown as EvaluationRound;
    const institutions = submissions.map((s, i) => ({ id: s.institutionId, name: { zh: `医院${i}` }, regionId: `region-${i % 20}` }) as unknown as Institution);
    const dashboard = peakHeap(() => computeRoundResults(round, v2, institutions, submissions));
    out[n] = {
      rescore: { ms: rescore.ms, msPerSubmission: rescore.ms / n, peakHeapMb: rescore.peakHeapMb, repositoryCalls, callsPerSubmission: repositoryCalls / n },
      dashboard: { ms: dashboard.ms, peakHeapMb: dashboard.peakHeapMb, rows: dashboard.value.institutions.length, repositoryCalls: 'one round read, one query of its submissions, one read per institution and region (not timed here)' },
    };
  }
  const small = out[1000] as { rescore: { ms: number }; dashboard: { ms: number } };
  const large = out[10000] as { rescore: { ms: number }; dashboard: { ms: number } };
  const report = {
    store: 'in memory (engine and round results code; no queue, no DynamoDB)',
    byInstitutions: out,
    linearity: { rescore10kOver1k: large.rescore.ms / small.rescore.ms, dashboard10kOver1k: large.dashboard.ms / small.dashboard.ms },
    targets: {
      'rescore linear (10k/1k ≤ 12)': large.rescore.ms / small.rescore.ms <= 12,
      'dashboard linear (10k/1k ≤ 12)': large.dashboard.ms / small.dashboard.ms <= 12,
      '10,000 re-scored within 30 s': large.rescore.ms <= 30_000,
      'dashboard for 1,000 within 1 s': small.dashboard.ms <= 1000,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  await writeSection('scale', report);
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runScaleBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
