import { readFile } from 'node:fs/promises';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import type { ScoreSummary, Submission } from '../../functions/domain/model/submission.js';
import type { Repositories } from '../../functions/domain/ports/repositories.js';
import { created } from '../../functions/domain/services/audit.js';
import { requirePrepared } from '../../functions/domain/services/prepared-checklist.js';
import { resultKey } from '../../functions/scoring-worker/score-submission.js';

/** A deterministic pseudo-random sequence, so every run seeds the same round. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every number in the answers scaled by 0.4–1.6: the same form, filled by institutions that differ. */
function perturb(value: unknown, next: () => number): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? Math.round(value * (0.4 + next() * 1.2)) : +(value * (0.4 + next() * 1.2)).toFixed(2);
  if (Array.isArray(value)) return value.map((v) => perturb(v, next));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, perturb(v, next)]));
  return value;
}

async function inBatches<T>(items: T[], size: number, write: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(write));
}

/**
 * Seeds a round of `count` institutions of the Haining checklist (in five regions, two types),
 * each with a self-evaluation scored by the real engine from a sample's answers with the numbers
 * varied, written straight through the repositories (the API caps a round's list at 3,000
 * (`MAX_ROUND_PARTICIPANTS`), the benches seed 10,000, and 1,000 scorings through the queue would
 * take a minute). Full results are stored for the first
 * `withResults` institutions only: the dashboard reads summaries, a click-through reads a result.
 */
export async function seedLargeRound(repos: Repositories, opts: { roundId: string; count: number; withResults?: number; expertEvery?: number }): Promise<{ institutionIds: string[] }> {
  const checklistId = 'haining-hospital-2023';
  const version = (await repos.checklists.listVersions(checklistId))[0]!.version;
  const engine = createDefaultEngine();
  const prepared = await requirePrepared({ repos, engine }, checklistId, version);
  const sample = JSON.parse(await readFile('forms/haining-hospital-2023/samples/renmin-2025-all-met.json', 'utf8')) as { context: Record<string, string | number>; answers: Record<string, unknown> };
  const at = new Date('2025-06-01T08:00:00.000Z');
  const iso = at.toISOString();
  const regions = Array.from({ length: 5 }, (_, i) => `${opts.roundId}-region-${i + 1}`);
  await inBatches(regions, 5, (id) => repos.regions.create({ id, name: { zh: `测试县${id.slice(-1)}`, en: `Test county ${id.slice(-1)}` }, level: 'county', version: 1, createdAt: iso, updatedAt: iso, audit: created('bench', at) }));
  const next = prng(42);
  const institutionIds = Array.from({ length: opts.count }, (_, i) => `${opts.roundId}-inst-${String(i + 1).padStart(4, '0')}`);
  const types = ['general', 'tcm'];
  await inBatches(institutionIds, 10, (id) => {
    const n = Number(id.slice(-4));
    return repos.institutions.create({
      id,
      name: { zh: `测试医院${n}号`, en: `Test hospital ${n}` },
      regionId: regions[n % regions.length]!,
      context: { hospital: 'renmin', institutionType: types[n % 2]!, grade: '3-b' },
      version: 1, createdAt: iso, updatedAt: iso, audit: created('bench', at),
    });
  });
  await repos.rounds.create({
    id: opts.roundId, name: { zh: `大规模测试轮次（${opts.count}家）`, en: `Large test round (${opts.count})` }, checklistId, checklistVersion: version,
    type: 'annual', year: 2025, institutionIds, expertIds: ['expert'], status: 'open', version: 1, createdAt: iso, updatedAt: iso, audit: created('bench', at),
  });
  const submissions: { submission: Submission; result: ReturnType<typeof engine.score> }[] = [];
  for (const [n, institutionId] of institutionIds.entries()) {
    const kinds: ('self' | 'expert')[] = opts.expertEvery && n % opts.expertEvery === 0 ? ['self', 'expert'] : ['self'];
    for (const kind of kinds) {
      const context = sample.context;
      const answers = perturb(sample.answers, next) as Record<string, unknown>;
      const result = engine.score(prepared, { context, answers, evidence: {} });
      const key = resultKey(1, version, result.engineVersion);
      const score: ScoreSummary = {
        revision: 1, checklistVersion: version, engineVersion: result.engineVersion, total: result.total, band: result.band, vetoHits: result.vetoHits,
        criteria: result.criteria.map((c) => ({ id: c.id, status: c.status, points: c.points, maxPoints: c.maxPoints })), scoredAt: iso, resultKey: key,
      };
      submissions.push({
        result,
        submission: {
          id: `${opts.roundId}.${institutionId}.${kind}`, roundId: opts.roundId, institutionId, kind, checklistId, checklistVersion: version, status: 'scored', revision: 1, version: 3,
          context, answers, evidence: {}, comments: [], score, createdBy: 'bench', createdAt: iso, updatedAt: iso, submittedAt: iso,
          audit: [...created('bench', at), { at: iso, by: 'bench', action: 'submit', version: 2, changes: { status: ['draft', 'submitted'] } }, { at: iso, by: 'system:scorer', action: 'score', version: 3, changes: { status: ['submitted', 'scored'], checklistVersion: version } }],
        },
      });
    }
  }
  await inBatches(submissions, 10, ({ submission }) => repos.submissions.create(submission));
  await inBatches(submissions.slice(0, opts.withResults ?? 0), 5, ({ submission, result }) => repos.results.putIfAbsent(submission.id, submission.score!.resultKey, result));
  return { institutionIds };
}
