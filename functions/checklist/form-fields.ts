import { branchesOf, deref, isNode, type SchemaNode } from './resolve-scope.js';
import { ResolutionBudget } from './resolution-budget.js';

/** What the definition's JSON Schema says about one answer field. */
export interface FormField {
  /** Dot path into the answers, e.g. `beds.infectious`. */
  path: string;
  type: string | undefined;
  /** Allowed values of a string field (from `enum` or `oneOf`/`anyOf` consts). */
  values?: string[];
  /** For an array field: the allowed values of its items. */
  itemValues?: string[];
  /** For an array of objects (a repeat group): the fields of one row, by dot path within the row. */
  columns?: Map<string, FormField>;
}

function typeOf(node: SchemaNode): string | undefined {
  const t = node.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  return undefined;
}

/** Allowed string values, whichever way JSON Forms authors wrote them. */
export function enumValues(node: SchemaNode): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum.map(String);
  const alternatives = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (alternatives && alternatives.every((a) => isNode(a) && 'const' in a)) {
    return alternatives.map((a) => String((a as SchemaNode).const));
  }
  return undefined;
}

/** An object's properties, including those declared in `allOf`/`anyOf`/`oneOf` branches and `then`/`else` arms. */
function propertiesOf(node: SchemaNode, root: unknown, seen: Set<SchemaNode>, budget: ResolutionBudget, depth: number): [string, unknown][] {
  if (seen.has(node)) return [];
  seen.add(node);
  budget.step(depth);
  const own = isNode(node.properties) ? Object.entries(node.properties) : [];
  const fromBranches = branchesOf(node).flatMap((branch) => {
    const resolved = deref(branch, root);
    return resolved ? propertiesOf(resolved, root, seen, budget, depth + 1) : [];
  });
  return [...own, ...fromBranches];
}

function listFields(schema: unknown, root: unknown, budget: ResolutionBudget, depth: number): Map<string, FormField> {
  const fields = new Map<string, FormField>();
  // Nodes on the current path: a recursive `$ref` (a tree of items) is listed once, not forever.
  const open = new Set<SchemaNode>();
  const walk = (raw: unknown, path: string, level: number): void => {
    const node = deref(raw, root);
    if (!node || open.has(node)) return;
    budget.step(level);
    open.add(node);
    const type = typeOf(node);
    if (path && !fields.has(path)) {
      const field: FormField = { path, type };
      const values = enumValues(node);
      if (values) field.values = values;
      const items = type === 'array' ? deref(node.items, root) : undefined;
      if (items) {
        const itemValues = enumValues(items);
        if (itemValues) field.itemValues = itemValues;
        if (!open.has(items)) {
          const columns = listFields(items, root, budget, level + 1);
          if (columns.size) field.columns = columns;
        }
      }
      fields.set(path, field);
    }
    for (const [key, child] of propertiesOf(node, root, new Set(), budget, level)) walk(child, path ? `${path}.${key}` : key, level + 1);
    open.delete(node);
  };
  walk(schema, '', depth);
  return fields;
}

/**
 * Lists every field of a form's JSON Schema by dot path, objects included, so references from
 * criteria, derived values and UI scopes can be checked without rendering the form. Follows
 * `$ref`s into `definitions`/`$defs` and properties declared in combinator branches, as JSON
 * Forms renders them; a repeat group's row fields are listed under its `columns`. Throws
 * `SchemaTooComplexError` when that nests or branches past `RESOLUTION_LIMITS`.
 */
export function listFormFields(schema: unknown): Map<string, FormField> {
  return listFields(schema, schema, new ResolutionBudget(), 0);
}
