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

/** Whether one value satisfies one match; an absent value never matches. */
export function matches(value: unknown, match: Match, rank: (v: unknown) => number | undefined = () => undefined): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(match)) return match.includes(value as Comparable);
  if (typeof match !== 'object' || match === null) return value === match;
  const checks: [unknown, (c: number) => boolean][] = [
    [match.gt, (c) => c > 0],
    [match.gte, (c) => c >= 0],
    [match.lt, (c) => c < 0],
    [match.lte, (c) => c <= 0],
  ];
  for (const [bound, holds] of checks) {
    if (bound === undefined) continue;
    const c = compare(value, bound, rank);
    if (c === undefined || !holds(c)) return false;
  }
  if (match.eq !== undefined && value !== match.eq) return false;
  if (match.ne !== undefined && value === match.ne) return false;
  if (match.in !== undefined && !match.in.includes(value as Comparable)) return false;
  if (match.notIn !== undefined && match.notIn.includes(value as Comparable)) return false;
  return true;
}

/** Evaluates a condition: every key present must hold. */
export function evaluateCondition(condition: Condition, input: ConditionInput): boolean {
  for (const [key, match] of Object.entries(condition.context ?? {})) {
    if (!matches(input.context(key), match, (v) => input.rank(key, v))) return false;
  }
  for (const [key, match] of Object.entries(condition.values ?? {})) {
    if (!matches(input.value(key), match)) return false;
  }
  if (condition.all && !condition.all.every((c) => evaluateCondition(c, input))) return false;
  if (condition.any && !condition.any.some((c) => evaluateCondition(c, input))) return false;
  if (condition.not && evaluateCondition(condition.not, input)) return false;
  return true;
}
