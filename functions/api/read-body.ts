import type { Context } from 'hono';
import * as v from 'valibot';
import { DomainError, ValidationError } from '../domain/errors.js';

/** Turns Valibot issues into the API's issue list (JSON Pointer paths). */
export function toIssues(issues: readonly v.BaseIssue<unknown>[]) {
  return issues.map((issue) => ({
    path: '/' + (issue.path ?? []).map((p) => String(p.key).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
    code: issue.type,
    message: issue.message,
  }));
}

/** Deepest nesting a body may have: far beyond any checklist or answer set, far below the stack. */
export const MAX_JSON_DEPTH = 64;

/**
 * True when `value` nests deeper than `limit`. Iterative, because the point is to refuse bodies
 * that recursive code (JSON.stringify, validators) would overflow the stack on, i.e. a 500.
 */
function tooDeep(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  // Parallel stacks and indexed loops: a 200,000-item array is walked without copying it or allocating per item.
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length) {
    const node = nodes.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    const keys = Array.isArray(node) ? null : Object.keys(node);
    const n = keys ? keys.length : (node as unknown as unknown[]).length;
    for (let i = 0; i < n; i++) {
      const child = keys ? node[keys[i]!] : (node as unknown as unknown[])[i];
      if (child !== null && typeof child === 'object') {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * Bodies up to this size get every issue listed at once; a larger invalid body gets its first
 * issue only. Collecting all issues of a hostile body (a record or array of 250,000 bad entries)
 * blocked the event loop for seconds, while stopping at the first takes milliseconds; a body this
 * small holds too few values for the full list to cost anything.
 */
export const FULL_ISSUES_MAX_BYTES = 16 * 1024;

/** The parsed body and its length in characters. */
async function parseJson(c: Context): Promise<{ body: unknown; length: number }> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new DomainError('unsupported-media-type', 'Send the body as application/json');
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DomainError('malformed-json', 'The request body is not valid JSON');
  }
  if (tooDeep(body, MAX_JSON_DEPTH)) {
    throw new ValidationError('The request body is nested too deeply', [{ path: '/', code: 'too-deep', message: `at most ${MAX_JSON_DEPTH} levels of nesting` }], 'invalid-body');
  }
  return { body, length: text.length };
}

/** Reads a JSON body: 415 for another media type, 400 `malformed-json` when it does not parse, 400 when nested too deep. */
export async function readJson(c: Context): Promise<unknown> {
  return (await parseJson(c)).body;
}

/**
 * Reads and validates a JSON body; malformed JSON and schema mismatches are distinct 400s.
 * Validation stops at the first issue, and only a small body (`FULL_ISSUES_MAX_BYTES`) is
 * validated again to list all of them, so no body can make validation slow.
 */
export async function readBody<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  const { body, length } = await parseJson(c);
  const parsed = v.safeParse(schema, body, { abortEarly: true });
  if (parsed.success) return parsed.output;
  const issues = length <= FULL_ISSUES_MAX_BYTES ? v.safeParse(schema, body, { abortEarly: false }).issues ?? parsed.issues : parsed.issues;
  throw new ValidationError('The request body is invalid', toIssues(issues), 'invalid-body');
}

/** A positive integer from a path or query parameter, or a 400. */
export function intParam(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) {
    throw new ValidationError(`${name} must be a positive integer`, [{ path: `/${name}`, code: 'integer', message: 'a positive integer' }], 'invalid-parameter');
  }
  return n;
}
