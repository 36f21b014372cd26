import { pointer, type DefinitionIssue } from './definition-issue.js';

/**
 * How large a definition may be. Compiling a form's JSON Schema costs about a millisecond per
 * field (more on a busy machine), so an unbounded form blocks the server for as long as its author
 * likes; these bounds are checked before anything is compiled. The largest checklist in `forms/`
 * is 80 KB with 100 fields, 3 levels deep: each limit leaves room of 3× or more.
 */
export const DEFINITION_LIMITS = Object.freeze({
  /** Serialized size (UTF-8). Below DynamoDB's 400 KB item, which also holds the audit trail. */
  maxBytes: 300 * 1024,
  /** Fields of the form (every property at every level, objects included). */
  maxFormFields: 300,
  /** Nesting of `properties` / `items` in the form's JSON Schema. */
  maxFormDepth: 8,
  /** Characters of one `pattern` (or `patternProperties` key) in the form's JSON Schema. */
  maxPatternLength: 500,
  /**
   * Subschemas of the form's JSON Schema, every one counted (fields, items, combinator branches,
   * `$defs`, `not`, `if`/`then`/`else`…). Compile time grows with these, not only with fields: an
   * `anyOf` of 2,000 branches (69 KB, one field) took 5.7 s to compile, 1,000 take about 1.7 s. The
   * largest form in `forms/` has 164.
   */
  maxSchemaNodes: 1000,
  /** `pattern`s and `patternProperties` keys in the form's JSON Schema (each compiles a regular expression; `forms/` has none). */
  maxPatterns: 200,
});

/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value is one subschema (`items` may also be a draft-07 list). */
const SCHEMA_SINGLES = new Set(['items', 'additionalItems', 'additionalProperties', 'unevaluatedItems', 'unevaluatedProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'contentSchema']);
/** Keywords holding data, not schema: an object in an `enum` is a value, whatever keys it has. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/** How many subschemas a keyword's value holds. */
function subschemaCount(key: string, value: unknown): number {
  if (SCHEMA_MAPS.has(key) && isNode(value)) return Object.values(value).filter((v) => typeof v === 'object' && v !== null).length;
  if (SCHEMA_LISTS.has(key) && Array.isArray(value)) return value.length;
  if (SCHEMA_SINGLES.has(key)) return Array.isArray(value) ? value.length : typeof value === 'object' && value !== null ? 1 : 0;
  return 0;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The definition's serialized size in UTF-8 bytes, or any number above `max` once it is known to
 * be larger. Walks the document counting characters (a lower bound on its bytes) and stops as
 * soon as that passes `max`, so a huge definition is refused without being serialized again; one
 * within the bound (at most `max` characters) is serialized and encoded to decide exactly.
 */
function serializedBytes(input: unknown, max: number): number {
  let chars = 0;
  const stack: unknown[] = [input];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') chars += node.length + 2;
    else if (typeof node !== 'object' || node === null) chars += 1;
    else if (Array.isArray(node)) {
      chars += node.length + 1;
      for (let i = 0; i < node.length; i++) stack.push(node[i]);
    } else {
      for (const key of Object.keys(node)) {
        chars += key.length + 4;
        stack.push((node as Node)[key]);
      }
    }
    if (chars > max) return chars;
  }
  return new TextEncoder().encode(JSON.stringify(input) ?? '').length;
}

/** The form's schema, if the input looks enough like a definition to have one. */
function formSchemaOf(input: unknown): unknown {
  if (!isNode(input) || !isNode(input.form)) return undefined;
  return input.form.schema;
}

/** Counts fields, schema nodes, patterns and depth and checks pattern lengths, iteratively and stopping once a limit is passed. */
function checkFormSchema(schema: unknown, issues: DefinitionIssue[]): void {
  const { maxFormFields, maxFormDepth, maxPatternLength, maxSchemaNodes, maxPatterns } = DEFINITION_LIMITS;
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [{ node: schema, path: ['form', 'schema'], depth: 0 }];
  let fields = 0;
  let nodes = isNode(schema) ? 1 : 0;
  let patterns = 0;
  let tooDeep = false;
  while (stack.length) {
    const { node, path, depth } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i], depth }));
      continue;
    }
    if (!isNode(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYWORDS.has(key)) continue;
      nodes += subschemaCount(key, value);
      if (key === 'pattern' && typeof value === 'string') patterns += 1;
      if (key === 'patternProperties' && isNode(value)) patterns += Object.keys(value).length;
      if (key === 'pattern' && typeof value === 'string' && value.length > maxPatternLength) {
        issues.push({ path: pointer(...path, key), code: 'pattern-too-long', message: `a pattern may have at most ${maxPatternLength} characters (this one has ${value.length})` });
      }
      if (key === 'patternProperties' && isNode(value)) {
        for (const name of Object.keys(value)) {
          if (name.length > maxPatternLength) issues.push({ path: pointer(...path, key), code: 'pattern-too-long', message: `a pattern may have at most ${maxPatternLength} characters (one here has ${name.length})` });
        }
      }
      const nests = key === 'properties' || key === 'items' || key === 'additionalProperties' || key === 'patternProperties';
      if (key === 'properties' && isNode(value)) fields += Object.keys(value).length;
      if (nests && depth + 1 > maxFormDepth) tooDeep = true;
      if (typeof value === 'object' && value !== null) {
        // `properties` and `patternProperties` map names to schemas: the schemas are one level down, not two.
        if ((key === 'properties' || key === 'patternProperties') && isNode(value)) {
          for (const [name, child] of Object.entries(value)) stack.push({ node: child, path: [...path, key, name], depth: depth + 1 });
        } else {
          stack.push({ node: value, path: [...path, key], depth: nests ? depth + 1 : depth });
        }
      }
    }
    if (fields > maxFormFields || nodes > maxSchemaNodes || patterns > maxPatterns || issues.length > 20) break;
  }
  if (fields > maxFormFields) {
    issues.push({ path: '/form/schema', code: 'too-many-fields', message: `a form may have at most ${maxFormFields} fields (counting every level); this one has more. Split the checklist.` });
  }
  if (nodes > maxSchemaNodes) {
    issues.push({ path: '/form/schema', code: 'too-many-schema-nodes', message: `a form's JSON Schema may have at most ${maxSchemaNodes} subschemas (fields, items, anyOf/allOf/oneOf branches, $defs… all counted); this one has more. Simplify it or split the checklist.` });
  }
  if (patterns > maxPatterns) {
    issues.push({ path: '/form/schema', code: 'too-many-patterns', message: `a form's JSON Schema may have at most ${maxPatterns} patterns (pattern and patternProperties keys); this one has more` });
  }
  if (tooDeep) issues.push({ path: '/form/schema', code: 'too-deep', message: `a form's fields may nest at most ${maxFormDepth} levels deep` });
}

/**
 * Checks a definition's size, its form's field, schema node and pattern counts, its depth and its patterns' lengths, before
 * anything parses or compiles it. Returns the limits it breaks (empty when within every limit).
 */
export function checkDefinitionLimits(input: unknown): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (serializedBytes(input, DEFINITION_LIMITS.maxBytes) > DEFINITION_LIMITS.maxBytes) {
    // Nothing else is looked at: the size alone decides, and walking a huge document is what this avoids.
    return [{ path: '/', code: 'definition-too-large', message: `a checklist definition may be at most ${DEFINITION_LIMITS.maxBytes} bytes (serialized as UTF-8); this one is larger` }];
  }
  checkFormSchema(formSchemaOf(input), issues);
  return issues;
}
