/**
 * Keywords a labelled choice may carry besides `const` that do not constrain a value: JSON Forms'
 * labels (`title`, `i18n`) and comments. Ajv runs non-strict, so it ignores `i18n`.
 */
const LABELS = new Set(['const', 'title', 'description', '$comment', 'i18n']);

/** Keywords whose values are data, not schemas: never rewritten. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

type Node = Record<string, unknown>;

/**
 * The values of a `oneOf` of labelled constants (`[{ "const": "a", "title": "甲" }, …]`, how
 * JSON Forms spells a choice with labels), or undefined when it is anything else. Two equal
 * constants are not a choice list: `oneOf` refuses that value (it matches twice), `enum` would not.
 */
function choiceValues(branches: unknown): unknown[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const seen = new Set<string>();
  const values: unknown[] = [];
  for (const branch of branches) {
    if (typeof branch !== 'object' || branch === null || Array.isArray(branch) || !('const' in branch)) return undefined;
    if (Object.keys(branch).some((key) => !LABELS.has(key))) return undefined;
    const value = (branch as Node).const;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    const key = `${typeof value}:${String(value)}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    values.push(value);
  }
  return values;
}

/**
 * The same schema with every `oneOf` of labelled constants written as an `enum` of their values:
 * it accepts exactly the same values, but Ajv checks an `enum` with a few comparisons where a
 * `oneOf` builds an error object for every constant a value does not equal, then drops them
 * (a Haining answer set: 16 choice fields, ≈ 24 KB of garbage per validation; issue 13.2). The
 * errors differ (one `enum` error instead of `const` errors and a `oneOf`), so this is for
 * telling valid from invalid only. Returns `schema` itself when there is nothing to rewrite.
 */
export function constChoicesAsEnums<T>(schema: T): T {
  if (Array.isArray(schema)) {
    const items = schema.map((s) => constChoicesAsEnums(s));
    return items.some((item, i) => item !== schema[i]) ? (items as T) : schema;
  }
  if (typeof schema !== 'object' || schema === null) return schema;
  const node = schema as Node;
  let out: Node | undefined;
  for (const [key, value] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(key)) continue;
    const next = constChoicesAsEnums(value);
    if (next !== value) (out ??= { ...node })[key] = next;
  }
  const values = node.enum === undefined ? choiceValues(node.oneOf) : undefined;
  if (values) {
    const { oneOf: _choices, ...rest } = out ?? node;
    return { ...rest, enum: values } as T;
  }
  return (out ?? schema) as T;
}
