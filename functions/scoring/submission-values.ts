import type { Criterion } from '../checklist/definition-schema.js';
import { ExpressionError } from './evaluate-logic.js';
import { evaluateDerived, readKeys, type PreparedDerived } from './read-values.js';
import { readRows } from './read-rows.js';
import type { ConditionInput } from './conditions.js';
import type { ScoringError, Submission } from './result-types.js';
import type { ContextTable } from './context-table.js';

/** Reads one value of a submission, its path or derived value resolved when the checklist was prepared. */
export type ValueReader = (values: SubmissionValues) => unknown;

/** What reading a checklist's values needs, worked out once per checklist version. */
export interface ValuesPlan {
  readonly derived: readonly PreparedDerived[];
  readonly derivedIndex: ReadonlyMap<string, number>;
  /** Format 1.1 grades a derived value as it is reported (rounded to its decimals). */
  readonly format11: boolean;
  /** For each scale-typed context field, its levels' positions. */
  readonly contextRanks: ReadonlyMap<string, ReadonlyMap<unknown, number>>;
  /** The context keys and values conditions compare, and their memo cells (filled while the plan is built). */
  readonly table: ContextTable;
}

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

const NOT_YET = Symbol('not computed');

/**
 * One submission's values as criteria and conditions read them: context values, answers, and
 * derived values each computed at most once. A derived value whose expression fails is the
 * definition's fault: it reads as undefined and the failure is recorded for the result.
 */
export class SubmissionValues implements ConditionInput {
  readonly answers: Record<string, unknown>;
  readonly failures: ScoringError[] = [];
  /** Per slot of the plan's context table, the context value. */
  readonly contextValues: unknown[];
  /** Per slot, the value's code in the table (-1: absent, or named by no match). */
  readonly contextCodes: number[];
  /** Per distinct condition: 0 not evaluated yet, 1 holds, 2 does not. */
  readonly memo: number[];
  private readonly derivedValues: unknown[];

  constructor(readonly plan: ValuesPlan, readonly submission: Submission) {
    this.answers = submission.answers;
    this.derivedValues = new Array<unknown>(plan.derived.length).fill(NOT_YET);
    const { keys, codes, conditions } = plan.table;
    const context = submission.context;
    const n = keys.length;
    this.contextValues = new Array<unknown>(n);
    this.contextCodes = new Array<number>(n);
    // Each context key read once per submission, not once per condition naming it.
    for (let i = 0; i < n; i++) {
      const value = context[keys[i]!];
      this.contextValues[i] = value;
      this.contextCodes[i] = value === undefined || value === null || value === '' ? -1 : codes[i]!.get(value) ?? -1;
    }
    this.memo = new Array<number>(conditions).fill(0);
  }

  context(key: string): unknown {
    return this.submission.context[key];
  }

  value(key: string): unknown {
    const index = this.plan.derivedIndex.get(key);
    return index === undefined ? readKeys(this.answers, key.split('.')) : this.derived(index);
  }

  rank(key: string, value: unknown): number | undefined {
    return this.plan.contextRanks.get(key)?.get(value);
  }

  /** The derived value at `index` of the plan, computed on first read. */
  derived(index: number): number | undefined {
    const known = this.derivedValues[index];
    if (known !== NOT_YET) return known as number | undefined;
    const value = this.evaluate(this.plan.derived[index]!);
    this.derivedValues[index] = value;
    return value;
  }

  private evaluate(prepared: PreparedDerived): number | undefined {
    try {
      const value = evaluateDerived(prepared, this.answers);
      return value === undefined || !this.plan.format11 ? value : asReported(value, prepared.definition.decimals);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      // The definition's fault, not the answers': the result says so instead of failing the
      // submission on every retry.
      const id = prepared.definition.id;
      this.failures.push({
        code: 'expression-failed',
        message: `派生值“${prepared.definition.title.zh ?? id}”（${id}）无法计算：${error.message}。请发布修正后的评估表版本并重新评分 (derived value "${id}" could not be computed: ${error.message}; publish a corrected checklist version and re-score)`,
      });
      return undefined;
    }
  }
}

const nothing: ValueReader = () => undefined;

/** A reader for a criterion's `value` (a field, a derived value or a repeat group), resolved once. */
export function valueReader(plan: ValuesPlan, ref: Criterion['value']): ValueReader {
  if (!ref) return nothing;
  if ('derived' in ref) {
    const index = plan.derivedIndex.get(ref.derived);
    return index === undefined ? nothing : (values) => values.derived(index);
  }
  if ('rows' in ref) return (values) => readRows(values.answers, ref);
  return pathReader(ref.field);
}

/** A reader for a condition's `values` key: a derived value by id, else an answer by path. */
export function keyReader(plan: ValuesPlan, key: string): ValueReader {
  const index = plan.derivedIndex.get(key);
  return index === undefined ? pathReader(key) : (values) => values.derived(index);
}

function pathReader(path: string): ValueReader {
  const keys = path.split('.');
  if (keys.length === 2) {
    const [first, second] = keys as [string, string];
    return ({ answers }) => {
      if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
      const node = answers[first];
      return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>)[second] : undefined;
    };
  }
  return (values) => readKeys(values.answers, keys);
}
