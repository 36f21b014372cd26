import { getLocation, parseTree, findNodeAtLocation } from 'jsonc-parser';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema | boolean; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; enum?: unknown[]; const?: unknown; description?: string; if?: Schema; then?: Schema; else?: Schema };

/** One suggestion: a key to add at the cursor, or a value from the schema's `enum`/`const`. */
export interface SchemaCompletion {
  label: string;
  /** The text to insert (a key with its quotes, colon and space; a value as JSON). */
  apply: string;
  detail?: string;
  type: 'property' | 'enum';
}

function resolve(root: Schema, node: Schema | undefined, depth = 0): Schema[] {
  if (!node || depth > 8) return [];
  if (node.$ref?.startsWith('#/')) {
    let target: unknown = root;
    for (const key of node.$ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[key];
    return resolve(root, target as Schema | undefined, depth + 1);
  }
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? []), ...(node.then ? [node.then] : []), ...(node.else ? [node.else] : [])];
  return [node, ...branches.flatMap((b) => resolve(root, b, depth + 1))];
}

function childOf(root: Schema, nodes: Schema[], key: string | number): Schema[] {
  return nodes.flatMap((n) => {
    if (typeof key === 'number') return resolve(root, n.items);
    const own = n.properties?.[key] ?? (typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined);
    return resolve(root, own);
  });
}

/**
 * What the checklist format's JSON Schema offers at `offset` in `text`: the keys the object
 * under the cursor may still take, or the values (`enum`, `const`) the value under it may be.
 * Any schema works; the publish page passes `forms/checklist.schema.json`.
 */
export function schemaCompletions(schema: object, text: string, offset: number): SchemaCompletion[] {
  const root = schema as Schema;
  const location = getLocation(text, offset);
  const path = location.isAtPropertyKey ? location.path.slice(0, -1) : location.path;
  let nodes = resolve(root, root);
  for (const key of path) nodes = childOf(root, nodes, key);
  if (location.isAtPropertyKey || (location.previousNode === undefined && text.slice(0, offset).trimEnd().endsWith('{'))) {
    const tree = parseTree(text);
    const object = tree && findNodeAtLocation(tree, path);
    const present = new Set((object?.children ?? []).map((p) => p.children?.[0]?.value as string));
    const seen = new Map<string, SchemaCompletion>();
    for (const n of nodes) {
      for (const [key, value] of Object.entries(n.properties ?? {})) {
        if (present.has(key) || seen.has(key)) continue;
        const detail = resolve(root, value).find((v) => v.description)?.description;
        seen.set(key, { label: key, apply: `"${key}": `, type: 'property', ...(detail ? { detail } : {}) });
      }
    }
    return [...seen.values()];
  }
  const values = new Set<string>();
  for (const n of nodes) {
    for (const v of n.enum ?? []) values.add(JSON.stringify(v));
    if (n.const !== undefined) values.add(JSON.stringify(n.const));
  }
  return [...values].map((v) => ({ label: v, apply: v, type: 'enum' }));
}
