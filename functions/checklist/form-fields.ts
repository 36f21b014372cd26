/** What the definition's JSON Schema says about one answer field. */
export interface FormField {
  /** Dot path into the answers, e.g. `beds.infectious`. */
  path: string;
  type: string | undefined;
  /** Allowed values of a string field (from `enum` or `oneOf`/`anyOf` consts). */
  values?: string[];
  /** For an array field: the allowed values of its items. */
  itemValues?: string[];
}

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/**
 * Lists every field of a form's JSON Schema by dot path, objects included, so references from
 * criteria, derived values and UI scopes can be checked without rendering the form.
 */
export function listFormFields(schema: unknown): Map<string, FormField> {
  const fields = new Map<string, FormField>();
  const walk = (node: unknown, path: string): void => {
    if (!isNode(node)) return;
    const type = typeOf(node);
    if (path) {
      const field: FormField = { path, type };
      const values = enumValues(node);
      if (values) field.values = values;
      if (type === 'array' && isNode(node.items)) {
        const itemValues = enumValues(node.items);
        if (itemValues) field.itemValues = itemValues;
      }
      fields.set(path, field);
    }
    if (isNode(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(schema, '');
  return fields;
}

/** Turns a JSON Forms scope (`#/properties/a/properties/b`) into a dot path (`a.b`), or null if it is not one. */
export function scopeToPath(scope: string): string | null {
  if (scope === '#' || scope === '#/') return '';
  const match = /^#\/properties\/(.+)$/.exec(scope);
  if (!match?.[1]) return null;
  return match[1].split('/properties/').join('.');
}
