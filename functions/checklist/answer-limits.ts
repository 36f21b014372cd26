/**
 * Bounds on answers where the form sets none. A request body is at most 1 MB, but an 800 KB array
 * of 200,000 wrong items used to produce 200,000 errors (a 120 MB response and seconds of blocked
 * event loop): these keep the work of validating answers, and the size of what it reports, small.
 */
export const ANSWER_LIMITS = Object.freeze({
  /** `maxLength` of a string answer whose schema sets none. */
  defaultMaxLength: 5000,
  /** `maxItems` of an array answer whose schema sets none. */
  defaultMaxItems: 1000,
  /** Values (scalars, arrays and objects, at every level) in one answer set; past this nothing else is checked. */
  maxValues: 20_000,
});

type Node = Record<string, unknown>;

/** Keywords whose values are data, not schemas: never given limits. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

function hasType(node: Node, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}

/**
 * A copy of a form's JSON Schema in which every string answer without `maxLength` gets
 * `ANSWER_LIMITS.defaultMaxLength`, and every array answer without `maxItems` gets
 * `defaultMaxItems`. The stored definition is not changed; limits the form sets win.
 */
export function withDefaultLimits<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map((s) => withDefaultLimits(s)) as T;
  if (typeof schema !== 'object' || schema === null) return schema;
  const node: Node = {};
  for (const [key, value] of Object.entries(schema)) node[key] = DATA_KEYWORDS.has(key) ? value : withDefaultLimits(value);
  if (hasType(node, 'string') && node.maxLength === undefined) node.maxLength = ANSWER_LIMITS.defaultMaxLength;
  if (hasType(node, 'array') && node.maxItems === undefined) node.maxItems = ANSWER_LIMITS.defaultMaxItems;
  return node as T;
}

/**
 * True when an answer set holds more than `ANSWER_LIMITS.maxValues` values. Stops counting as soon
 * as it knows, and is iterative, so a huge array costs no more than the limit to look at.
 */
export function exceedsValueBudget(answers: unknown, budget: number = ANSWER_LIMITS.maxValues): boolean {
  const stack: unknown[] = [answers];
  let seen = 0;
  while (stack.length) {
    const node = stack.pop();
    if (++seen > budget) return true;
    if (typeof node !== 'object' || node === null) continue;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      stack.push(child);
      if (stack.length + seen > budget) return true;
    }
  }
  return false;
}
