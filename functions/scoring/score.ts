import type { Band, Criterion } from '../checklist/definition-schema.js';
import type { CompiledChecklist } from './compile.js';
import { ENGINE_VERSION } from './engine-version.js';
import { gradeCriterion, type ValueSource } from './grade-criterion.js';
import { inputHash } from './input-hash.js';
import { evaluateDerived, readPath } from './read-values.js';
import { ExpressionError } from './evaluate-logic.js';
import { isFormat11 } from '../checklist/check-format-version.js';
import { readRows } from './read-rows.js';
import type { CriterionResult, CriterionStatus, ScoreResult, ScoringError, SectionResult, Submission } from './result-types.js';

export { ENGINE_VERSION };

const STATUSES: CriterionStatus[] = ['met', 'partial', 'not-met', 'not-applicable', 'missing', 'info'];

function countStatuses(results: CriterionResult[]): Record<CriterionStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CriterionStatus, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Format 1.1 grades a derived value as it is reported: rounded to its declared decimals (two when
 * none are declared, as it is shown), the way a statistics office reads a published figure. So
 * 1.596 nurses per bed with one decimal is 1.6 and meets "≥ 1.6"; 1.0 definitions grade unrounded.
 */
function asReported(value: number, decimals = 2): number {
  // Half away from zero on the decimal digits, so 1.005 is 1.01 as a person rounds it, not
  // 1.00 as its binary approximation would.
  const scaled = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Number.isFinite(scaled) ? Math.round(scaled) / 10 ** decimals : Math.round(Math.abs(value) * 10 ** decimals) / 10 ** decimals;
  return value < 0 ? -rounded : rounded;
}

function valueSource(compiled: CompiledChecklist, submission: Submission, failures: ScoringError[]): ValueSource {
  const derivedCache = new Map<string, number | undefined>();
  const evaluate = (id: string) => {
    const prepared = compiled.derived.get(id);
    try {
      const value = prepared ? evaluateDerived(prepared, submission.answers) : undefined;
      return value === undefined || !isFormat11(compiled.definition.format) ? value : asReported(value, prepared!.definition.decimals);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      // The definition's fault, not the answers': the result says so instead of failing the
      // submission on every retry.
      failures.push({
        code: 'expression-failed',
        message: `派生值“${prepared?.definition.title.zh ?? id}”（${id}）无法计算：${error.message}。请发布修正后的清单版本并重新评分 (derived value "${id}" could not be computed: ${error.message}; publish a corrected checklist version and re-score)`,
      });
      return undefined;
    }
  };
  const derived = (id: string) => {
    if (!derivedCache.has(id)) derivedCache.set(id, evaluate(id));
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

/** How much of a result to compute. */
export interface ScoreOptions {
  /**
   * `false` skips the input hash (`inputHash` is then `''`): the live preview re-scores on every
   * keystroke and shows no hash, and the browser's native SHA-256 is asynchronous
   * (`digestInputHash`). Every stored result is hashed.
   */
  hash?: boolean;
}

/**
 * Grades a submission against a compiled checklist. Pure and deterministic: the same checklist
 * version, engine version and inputs always give the same result (and the same `inputHash`).
 */
export function scoreSubmission(compiled: CompiledChecklist, raw: Submission, options: ScoreOptions = {}): ScoreResult {
  const { definition } = compiled;
  // "2025" from a query string must match a year condition exactly as 2025 does.
  const submission: Submission = { ...raw, context: compiled.normalizeContext(raw.context) };
  const failures: ScoringError[] = [];
  const values = valueSource(compiled, submission, failures);
  const criteria = definition.criteria.map((c) => gradeCriterion(c, compiled, values, submission));
  // What cannot be scored is refused, not scored as 不适用: a missing, unknown or contradictory
  // context value would otherwise silently switch criteria off.
  const contextProblems = compiled.validateContext(submission.context);
  const unscorable = contextProblems.length > 0 || failures.length > 0;
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
  const total = maxPoints > 0 && !unscorable ? round1((points / maxPoints) * 100) : null;
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
    inputHash: options.hash === false ? '' : inputHash({ id: definition.id, version: definition.version }, submission),
    context: submission.context,
    total, points: round2(points), maxPoints: round2(maxPoints),
    band: view(band), bandBeforeVeto: view(earned), vetoHits,
    complete: !unscorable && criteria.every((c) => c.status !== 'missing'),
    ...(contextProblems.length ? { contextProblems } : {}),
    ...(failures[0] ? { error: failures[0] } : {}),
    counts: countStatuses(criteria), sections, criteria,
  };
}
