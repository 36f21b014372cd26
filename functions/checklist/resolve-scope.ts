/**
 * JSON Forms scope resolution, as `@jsonforms/core` (3.x) does it in `resolveSchema` and
 * `toDataPathSegments`, so the validator accepts exactly the scopes the renderer can bind.
 */

import { ResolutionBudget, SchemaTooComplexError } from './resolution-budget.js';

/** A JSON Schema object node. */
export type SchemaNode = Record<string, unknown>;

export function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 6901 unescaping of one pointer segment. */
const decode = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

// A chain of $refs longer than this is a cycle (`a` → `b` → `a`), not a schema anyone writes.
const MAX_REF_HOPS = 32;

/** The node a local `$ref` (`#/definitions/x`, `#/$defs/x`, `#/properties/a`) points at; remote refs are not followed. */
function pointerTarget(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(1).split('/').filter((s) => s !== '').map(decode)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isNode(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Follows `$ref`s until a node without one; undefined when a reference leads nowhere or loops. */
export function deref(node: unknown, root: unknown): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; isNode(current) && typeof current.$ref === 'string'; hops += 1) {
    if (hops === MAX_REF_HOPS) return undefined;
    current = pointerTarget(root, current.$ref);
  }
  return isNode(current) ? current : undefined;
}

const COMBINATORS = ['oneOf', 'allOf', 'anyOf'] as const;

/** The sub-schemas JSON Forms searches when a step is not found directly: combinator branches and if/then/else arms. */
export function branchesOf(node: SchemaNode): unknown[] {
  return [...COMBINATORS.flatMap((k) => (Array.isArray(node[k]) ? (node[k] as unknown[]) : [])), node.then, node.else].filter((b) => b !== undefined);
}

function resolveSegments(node: unknown, segments: string[], root: unknown, depth: number, budget: ResolutionBudget): SchemaNode | undefined {
  const here = deref(node, root);
  if (!here || depth > MAX_REF_HOPS) return undefined;
  // Depth alone is not enough: each level may try every branch, so the work could double per level.
  budget.step(depth);
  if (segments.length === 0) return here;
  const [step, ...rest] = segments as [string, ...string[]];
  const direct = resolveSegments(here[step], rest, root, depth + 1, budget);
  if (direct) return direct;
  // JSON Forms lets a scope omit the combinator (`#/properties/x` declared inside an `allOf` branch).
  for (const branch of branchesOf(here)) {
    const found = resolveSegments(branch, segments, root, depth + 1, budget);
    if (found) return found;
  }
  return undefined;
}

/** Where a scope leads: the schema node it names and the answer path (keys) it binds to. */
export type ScopeResolution =
  | { ok: true; node: SchemaNode; dataPath: string[] }
  | { ok: false; problem: 'not-a-field-path' | 'no-such-field' | 'too-complex' };

/**
 * Resolves a JSON Forms scope against `base` (the root schema, or an array's item schema inside a
 * `detail` layout). Accepts `#/properties/a`, `/properties/a` and `properties/a`, `$ref`s on the
 * way and omitted combinators. The scope must name data (pairs of `properties/<key>`, with
 * `oneOf/<n>`, `allOf/<n>`, `anyOf/<n>`, `then`, `else` allowed between them): `#/definitions/x`
 * resolves to a schema but binds no answer, so it is refused. A scope whose resolution passes
 * `RESOLUTION_LIMITS` (branches within branches) is refused as `too-complex`.
 */
export function resolveScope(scope: string, base: unknown, root: unknown): ScopeResolution {
  const stripped = scope.replace(/(anyOf|allOf|oneOf)\/\d+\//g, '').replace(/(then|else)\//g, '');
  const segments = stripped.split('/').map(decode);
  const fromRoot = segments[0] === '#' || segments[0] === '';
  const steps = segments.slice(fromRoot ? 1 : 0).filter((s, i, all) => !(s === '' && i === all.length - 1));
  if (steps.length % 2 !== 0 || steps.some((s, i) => (i % 2 === 0 ? s !== 'properties' : s === ''))) {
    return { ok: false, problem: 'not-a-field-path' };
  }
  let node: SchemaNode | undefined;
  try {
    node = resolveSegments(base, scope.split('/').map(decode).filter((s) => s !== '#' && s !== ''), root, 0, new ResolutionBudget());
  } catch (error) {
    if (error instanceof SchemaTooComplexError) return { ok: false, problem: 'too-complex' };
    throw error;
  }
  if (!node) return { ok: false, problem: 'no-such-field' };
  return { ok: true, node, dataPath: steps.filter((_, i) => i % 2 === 1) };
}
