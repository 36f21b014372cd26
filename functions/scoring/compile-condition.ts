import type { Condition, Match } from '../checklist/definition-schema.js';
import { evaluateCondition } from './conditions.js';
import { keyReader, type SubmissionValues, type ValuesPlan } from './submission-values.js';

/** A condition prepared once per checklist version: whether it holds for one submission's values. */
export type CompiledCondition = (values: SubmissionValues) => boolean;

type Comparable = number | string;
type Test = (value: unknown) => boolean;

const absent = (value: unknown) => value === undefined || value === null || value === '';

/**
 * `matches` (conditions.ts) prepared for one match: a bound's position in the scale is looked up
 * here, once, so a submission's value costs one map lookup and the comparisons.
 */
function compileMatch(match: Match, ranks: ReadonlyMap<unknown, number> | undefined): Test {
  if (Array.isArray(match)) return (value) => !absent(value) && match.includes(value as Comparable);
  if (typeof match !== 'object' || match === null) return (value) => !absent(value) && value === match;
  const { gt, gte, lt, lte, eq, ne, in: among, notIn } = match;
  const bounds: [bound: unknown, rank: number | undefined, holds: (difference: number) => boolean][] = [];
  if (gt !== undefined) bounds.push([gt, ranks?.get(gt), (d) => d > 0]);
  if (gte !== undefined) bounds.push([gte, ranks?.get(gte), (d) => d >= 0]);
  if (lt !== undefined) bounds.push([lt, ranks?.get(lt), (d) => d < 0]);
  if (lte !== undefined) bounds.push([lte, ranks?.get(lte), (d) => d <= 0]);
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

function build(condition: Condition, plan: ValuesPlan): CompiledCondition {
  // Same order as `evaluateCondition`: a derived value read by a condition may record a failure,
  // and the result reports the first one.
  const tests: CompiledCondition[] = [];
  const { context, values } = condition;
  if (context) {
    for (const key in context) {
      const match = context[key]!;
      // The usual shapes (one of a list, one value) read and compare in one closure.
      if (Array.isArray(match)) tests.push((v) => {
        const value = v.submission.context[key];
        return !absent(value) && match.includes(value as Comparable);
      });
      else if (typeof match !== 'object' || match === null) tests.push((v) => {
        const value = v.submission.context[key];
        return !absent(value) && value === match;
      });
      else {
        const test = compileMatch(match, plan.contextRanks.get(key));
        tests.push((v) => test(v.submission.context[key]));
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
    const all = condition.all.map((c) => build(c, plan));
    tests.push((v) => {
      for (const c of all) if (!c(v)) return false;
      return true;
    });
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
  if (tests.length === 1) return tests[0]!;
  return (v) => {
    for (const test of tests) if (!test(v)) return false;
    return true;
  };
}

/**
 * Prepares a condition (`evaluateCondition`'s semantics) for one checklist version. A condition
 * the preparation cannot read (a definition stored before validation caught it) is evaluated as
 * before, when a submission reaches it, so it fails where and when it always did.
 */
export function compileCondition(condition: Condition, plan: ValuesPlan): CompiledCondition {
  try {
    return build(condition, plan);
  } catch {
    return (values) => evaluateCondition(condition, values);
  }
}
