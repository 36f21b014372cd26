import type { Condition, Match } from '../checklist/definition-schema.js';
import { evaluateCondition } from './conditions.js';
import { keyReader, type SubmissionValues, type ValuesPlan } from './submission-values.js';

/** A condition prepared once per checklist version: whether it holds for one submission's values. */
export type CompiledCondition = (values: SubmissionValues) => boolean;

type Comparable = number | string;
type Test = (value: unknown) => boolean;

const absent = (value: unknown) => value === undefined || value === null || value === '';

type Holds = (difference: number) => boolean;

/** A bound's test on a number, specialised: the differences `matches` compares, without a table. */
function numericBound(bound: number, holds: Holds): Test {
  return (value) => typeof value === 'number' && holds(value - bound);
}

/**
 * `matches` (conditions.ts) prepared for one match: a bound's position in the scale is looked up
 * here, once, so a submission's value costs one map lookup and the comparisons.
 */
function compileMatch(match: Match, ranks: ReadonlyMap<unknown, number> | undefined): Test {
  if (Array.isArray(match)) return (value) => !absent(value) && match.includes(value as Comparable);
  if (typeof match !== 'object' || match === null) return (value) => !absent(value) && value === match;
  const { gt, gte, lt, lte, eq, ne, in: among, notIn } = match;
  const bounds: [bound: unknown, rank: number | undefined, holds: Holds][] = [];
  if (gt !== undefined) bounds.push([gt, ranks?.get(gt), (d) => d > 0]);
  if (gte !== undefined) bounds.push([gte, ranks?.get(gte), (d) => d >= 0]);
  if (lt !== undefined) bounds.push([lt, ranks?.get(lt), (d) => d < 0]);
  if (lte !== undefined) bounds.push([lte, ranks?.get(lte), (d) => d <= 0]);
  // The usual shape, "year ≥ 2025" on a field without a scale: one comparison, no loop.
  if (!ranks && bounds.length === 1 && typeof bounds[0]![0] === 'number' && eq === undefined && ne === undefined && among === undefined && notIn === undefined) {
    return numericBound(bounds[0]![0], bounds[0]![2]);
  }
  return (value) => {
    if (absent(value)) return false;
    if (bounds.length) {
      const rank = ranks?.get(value);
      for (const [bound, boundRank, holds] of bounds) {
        // Positions in the scale when both are levels, numbers when both are numbers; anything else never holds.
        const difference = rank !== undefined && boundRank !== undefined ? rank - boundRank : typeof value === 'number' && typeof bound === 'number' ? value - bound : NaN;
        if (!holds(difference)) return false;
      }
    }
    if (eq !== undefined && value !== eq) return false;
    if (ne !== undefined && value === ne) return false;
    if (among !== undefined && !among.includes(value as Comparable)) return false;
    return notIn === undefined || !notIn.includes(value as Comparable);
  };
}

/** All of `tests`, the common counts unrolled (no loop over an array of closures). */
function allOf(tests: CompiledCondition[]): CompiledCondition {
  const [a, b, c] = tests;
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return a!;
  if (tests.length === 2) return (v) => a!(v) && b!(v);
  if (tests.length === 3) return (v) => a!(v) && b!(v) && c!(v);
  return (v) => {
    for (const test of tests) if (!test(v)) return false;
    return true;
  };
}

function build(condition: Condition, plan: ValuesPlan): CompiledCondition {
  // Same order as `evaluateCondition`: a derived value read by a condition may record a failure,
  // and the result reports the first one.
  const tests: CompiledCondition[] = [];
  const { context, values } = condition;
  const { table } = plan;
  if (context) {
    for (const key in context) {
      const match = context[key]!;
      const slot = table.slotOf(key);
      // A list or a single value: the value's code (looked up once per submission) against a mask.
      const listed = Array.isArray(match) ? match : typeof match !== 'object' || match === null ? [match] : undefined;
      const mask = listed && table.maskOf(slot, listed);
      if (mask !== undefined) {
        tests.push((v) => {
          const code = v.contextCodes[slot]!;
          return code >= 0 && (mask & (1 << code)) !== 0;
        });
      } else {
        const test = compileMatch(match, plan.contextRanks.get(key));
        tests.push((v) => test(v.contextValues[slot]));
      }
    }
  }
  if (values) {
    for (const key in values) {
      const test = compileMatch(values[key]!, undefined);
      const read = keyReader(plan, key);
      tests.push((v) => test(read(v)));
    }
  }
  if (condition.all) {
    const all = allOf(condition.all.map((c) => build(c, plan)));
    tests.push(all);
  }
  if (condition.any) {
    const any = condition.any.map((c) => build(c, plan));
    tests.push((v) => {
      for (const c of any) if (c(v)) return true;
      return false;
    });
  }
  if (condition.not) {
    const not = build(condition.not, plan);
    tests.push((v) => !not(v));
  }
  return allOf(tests);
}

/**
 * Prepares a condition (`evaluateCondition`'s semantics) for one checklist version. A condition
 * the preparation cannot read (a definition stored before validation caught it) is evaluated as
 * before, when a submission reaches it, so it fails where and when it always did. The same
 * condition on several criteria is evaluated once per submission (its memo cell in the
 * submission's values): what it reads cannot change while a submission is graded.
 */
export function compileCondition(condition: Condition, plan: ValuesPlan): CompiledCondition {
  let holds: CompiledCondition;
  try {
    holds = build(condition, plan);
  } catch {
    holds = (values) => evaluateCondition(condition, values);
  }
  const id = plan.table.conditionId(condition);
  return (values) => {
    const known = values.memo[id]!;
    if (known !== 0) return known === 1;
    const result = holds(values);
    values.memo[id] = result ? 1 : 2;
    return result;
  };
}
