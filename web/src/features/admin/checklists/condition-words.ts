type Match = unknown;
/** A condition as checklists write it (`appliesWhen`, a target variant's `when`). */
export interface Condition {
  context?: Record<string, Match>;
  values?: Record<string, Match>;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

const OPS: Record<string, string> = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };
const scalar = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function matchWords(key: string, match: Match): string[] {
  if (Array.isArray(match)) return [`${key} ∈ {${match.map(scalar).join(', ')}}`];
  if (match === null || typeof match !== 'object') return [`${key} = ${scalar(match)}`];
  return Object.entries(match as Record<string, unknown>).map(([op, v]) => {
    if (op === 'in') return `${key} ∈ {${(v as unknown[]).map(scalar).join(', ')}}`;
    if (op === 'notIn') return `${key} ∉ {${(v as unknown[]).map(scalar).join(', ')}}`;
    return `${key} ${OPS[op] ?? op} ${scalar(v)}`;
  });
}

function words(c: Condition, and: string, or: string, not: string): string {
  const parts = [
    ...Object.entries(c.context ?? {}).flatMap(([k, m]) => matchWords(k, m)),
    ...Object.entries(c.values ?? {}).flatMap(([k, m]) => matchWords(k, m)),
    ...(c.all ?? []).map((x) => `(${words(x, and, or, not)})`),
    ...(c.any?.length ? [`(${c.any.map((x) => words(x, and, or, not)).join(or)})`] : []),
    ...(c.not ? [`${not}(${words(c.not, and, or, not)})`] : []),
  ];
  return parts.join(and);
}

/** The joining words of a condition in the reader's language (from the catalogue: `cl.cond.*`). */
export interface ConditionJoiners {
  and: string;
  or: string;
  not: string;
  always: string;
}

/**
 * A condition (`appliesWhen`, a target variant's `when`) in compact words, `institutionType ∈
 * {county-general} 且 population ≥ 30`: what a reviewer of a version diff compares. Undefined
 * (no condition) reads as "always". Keys and values are the checklist's own; only the joiners
 * are language.
 */
export function conditionWords(condition: Condition | undefined, joiners: ConditionJoiners): string {
  return (condition && words(condition, joiners.and, joiners.or, joiners.not)) || joiners.always;
}
