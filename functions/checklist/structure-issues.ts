import type * as v from 'valibot';
import { pointer, type DefinitionIssue } from './definition-issue.js';
import { issueFrom } from './issue-text.js';
import { diagnoseTarget, isGradableKind } from './target-shapes.js';

type Key = string | number;

/** `['criteria', 3, 'target']` or `['criteria', 3, 'targets', 1, 'target']` when `path` lies inside a criterion's target. */
function targetLocation(path: Key[]): Key[] | undefined {
  if (path[0] !== 'criteria' || typeof path[1] !== 'number') return undefined;
  if (path[2] === 'target') return path.slice(0, 3);
  if (path[2] === 'targets' && typeof path[3] === 'number' && path[4] === 'target') return path.slice(0, 5);
  return undefined;
}

function at(input: unknown, path: Key[]): unknown {
  let node = input;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<Key, unknown>)[key] : undefined;
  return node;
}

/**
 * Turns Valibot's issues into definition issues. A target is checked against its criterion's
 * kind: instead of the union's "Expected Object but received Object", the issue says what is
 * wrong, what that kind's target needs, and gives an example (`target-shape`).
 */
export function structureIssues(input: unknown, issues: v.BaseIssue<unknown>[]): DefinitionIssue[] {
  const out: DefinitionIssue[] = [];
  const targetsDone = new Set<string>();
  for (const issue of issues) {
    const path = (issue.path ?? []).map((p) => p.key as Key);
    const location = targetLocation(path);
    const kind = location ? at(input, [...location.slice(0, 2), 'kind']) : undefined;
    if (location && isGradableKind(kind)) {
      const where = pointer(...location);
      if (targetsDone.has(where)) continue;
      const params = diagnoseTarget(kind, at(input, location));
      if (params) {
        targetsDone.add(where);
        out.push(issueFrom(where, 'target-shape', params));
        continue;
      }
    }
    const base = { path: pointer(...path), code: `invalid-${issue.type}`, message: issue.message };
    // A failed check (a minimum, a length, a pattern) carries what it wanted too, so it can be worded in Chinese.
    const params: Record<string, string> | undefined =
      issue.kind === 'schema' ? { expected: issue.expected ?? '', received: issue.received } : issue.kind === 'validation' && issue.expected ? { expected: issue.expected, received: issue.received, check: issue.type } : undefined;
    out.push(params ? { ...base, params } : base);
  }
  return out;
}
