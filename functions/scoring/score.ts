import type { Band, Criterion } from '../checklist/definition-schema.js';
import type { CompiledChecklist } from './compile.js';
import { ENGINE_VERSION } from './engine-version.js';
import { gradeCriterion, type ValueSource } from './grade-criterion.js';
import { inputHash } from './input-hash.js';
import { evaluateDerived, readPath } from './read-values.js';
import { readRows } from './read-rows.js';
import type { CriterionResult, CriterionStatus, ScoreResult, SectionResult, Submission } from './result-types.js';

export { ENGINE_VERSION };

const STATUSES: CriterionStatus[] = ['met', 'partial', 'not-met', 'not-applicable', 'missing', 'info'];

function countStatuses(results: CriterionResult[]): Record<CriterionStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CriterionStatus, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

function valueSource(compiled: CompiledChecklist, submission: Submission): ValueSource {
  const derivedCache = new Map<string, number | undefined>();
  const derived = (id: string) => {
    if (!derivedCache.has(id)) {
      const prepared = compiled.derived.get(id);
      derivedCache.set(id, prepared ? evaluateDerived(prepared, submission.answers) : undefined);
    }
    return derivedCache.get(id);
  };
  const scaleOf = new Map(compiled.definition.context.filter((f) => f.kind === 'scale').map((f) => [f.id, compiled.scales.get(f.scale ?? '')]));
  return {
    context: (key) => submission.context[key],
    value: (key) => (compiled.derived.has(key) ? derived(key) : readPath(submission.answers, key)),
    rank: (key, value) => {
      const index = scaleOf.get(key)?.levels.findIndex((l) => l.value === value);
      return index === undefined || index < 0 ? undefined : index;
    },
    read: (ref: Criterion['value']) => {
      if (!ref) return undefined;
      if ('derived' in ref) return derived(ref.derived);
      return 'rows' in ref ? readRows(submission.answers, ref) : readPath(submission.answers, ref.field);
    },
  };
}

function bandFor(total: number | null, bands: Band[]): Band | undefined {
  if (total === null) return undefined;
  return [...bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min);
}

/**
 * Grades a submission against a compiled checklist. Pure and deterministic: the same checklist
 * version, engine version and inputs always give the same result (and the same `inputHash`).
 */
export function scoreSubmission(compiled: CompiledChecklist, raw: Submission): ScoreResult {
  const { definition } = compiled;
  // "2025" from a query string must match a year condition exactly as 2025 does.
  const submission: Submission = { ...raw, context: compiled.normalizeContext(raw.context) };
  const values = valueSource(compiled, submission);
  const criteria = definition.criteria.map((c) => gradeCriterion(c, compiled, values, submission));
  const sections: SectionResult[] = definition.sections.map((section) => {
    const own = criteria.filter((c) => c.section === section.id);
    const points = own.reduce((sum, c) => sum + c.points, 0);
    const maxPoints = own.reduce((sum, c) => sum + c.maxPoints, 0);
    return {
      id: section.id, title: section.title, points: round2(points), maxPoints: round2(maxPoints),
      score: maxPoints > 0 ? round1((points / maxPoints) * 100) : null, counts: countStatuses(own),
    };
  });
  const points = criteria.reduce((sum, c) => sum + c.points, 0);
  const maxPoints = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  const total = maxPoints > 0 ? round1((points / maxPoints) * 100) : null;
  // A veto item counts only when fully met: partial credit on a 一票否决 item is still a hit.
  const vetoHits = criteria.filter((c) => c.veto && (c.status === 'not-met' || c.status === 'missing' || c.status === 'partial')).map((c) => c.id);
  const earned = bandFor(total, definition.bands);
  let band = earned;
  if (vetoHits.length && earned) {
    const cap = definition.vetoBand ? definition.bands.find((b) => b.id === definition.vetoBand) : [...definition.bands].sort((a, b) => a.min - b.min)[0];
    if (cap && cap.min < earned.min) band = cap;
  }
  const view = (b: Band | undefined) => (b ? { id: b.id, label: b.label } : null);
  return {
    checklist: { id: definition.id, version: definition.version },
    engineVersion: ENGINE_VERSION,
    inputHash: inputHash({ id: definition.id, version: definition.version }, submission),
    context: submission.context,
    total, points: round2(points), maxPoints: round2(maxPoints),
    band: view(band), bandBeforeVeto: view(earned), vetoHits,
    complete: criteria.every((c) => c.status !== 'missing'),
    counts: countStatuses(criteria), sections, criteria,
  };
}
