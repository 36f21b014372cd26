import type { Condition, Match } from '../checklist/definition-schema.js';

/** How a condition reads the world: context values, answers/derived values, and level order for scale-typed context fields. */
export interface ConditionInput {
  context(key: string): unknown;
  value(key: string): unknown;
  /** Position of `value` in the scale of context field `key`, or undefined when `key` is not scale-typed. */
  rank(key: string, value: unknown): number | undefined;
}

type Comparable = number | string;

function compare(a: unknown, b: unknown, rank: (v: unknown) => number | undefined): number | undefined {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return undefined;
}

const NO_RANK = (): number | undefined => undefined;

/** Whether one value satisfies one match; an absent value never matches. */
export function matches(value: unknown, match: Match, rank: (v: unknown) => number | undefined = NO_RANK): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(match)) return match.includes(value as Comparable);
  if (typeof match !== 'object' || match === null) return value === match;
  // Bounds checked inline, not through a table of closures: this runs for every criterion of every score.
  if (match.gt !== undefined && !((compare(value, match.gt, rank) ?? NaN) > 0)) return false;
  if (match.gte !== undefined && !((compare(value, match.gte, rank) ?? NaN) >= 0)) return false;
  if (match.lt !== undefined && !((compare(value, match.lt, rank) ?? NaN) < 0)) return false;
  if (match.lte !== undefined && !((compare(value, match.lte, rank) ?? NaN) <= 0)) return false;
  if (match.eq !== undefined && value !== match.eq) return false;
  if (match.ne !== undefined && value === match.ne) return false;
  if (match.in !== undefined && !match.in.includes(value as Comparable)) return false;
  if (match.notIn !== undefined && match.notIn.includes(value as Comparable)) return false;
  return true;
}

/** Evaluates a condition: every key present must hold. */
export function evaluateCondition(condition: Condition, input: ConditionInput): boolean {
  // for…in over the definition's own plain objects: no entries array per criterion per score.
  const { context, values } = condition;
  if (context) {
    for (const key in context) {
      const match = context[key]!;
      // Only bounds compare by scale position: no closure made for a list or a single value.
      const bounded = typeof match === 'object' && match !== null && !Array.isArray(match);
      if (!matches(input.context(key), match, bounded ? (v) => input.rank(key, v) : NO_RANK)) return false;
    }
  }
  if (values) {
    for (const key in values) {
      if (!matches(input.value(key), values[key]!)) return false;
    }
  }
  if (condition.all && !condition.all.every((c) => evaluateCondition(c, input))) return false;
  if (condition.any && !condition.any.some((c) => evaluateCondition(c, input))) return false;
  if (condition.not && evaluateCondition(condition.not, input)) return false;
  return true;
}
