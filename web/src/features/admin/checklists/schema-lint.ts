import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseTree } from 'jsonc-parser';
import { pointerOffset } from './json-pointer-offset';

/** One place where the text breaks the format's JSON Schema, ready to underline. */
export interface SchemaProblem {
  from: number;
  to: number;
  /** JSON Pointer of the value at fault. */
  path: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `minimum`, …). */
  keyword: string;
  params: Record<string, unknown>;
}

const COMBINATORS = new Set(['anyOf', 'oneOf']);

/**
 * The errors worth showing out of Ajv's `allErrors` output. A failed `anyOf`/`oneOf` comes after
 * the errors of every branch it tried; only the branch that came closest (fewest errors) says
 * what to fix, the others describe forms the author never meant (a count target checked against
 * the boolean one). Branches are told apart by their schema path (`…/oneOf/2/…`); nested
 * combinators come first in Ajv's list, so they are settled before the ones around them. The
 * `if` of an if/then says nothing that the `then` errors do not.
 */
export function closestErrors(errors: ErrorObject[]): ErrorObject[] {
  const kept = errors.map(() => true);
  errors.forEach((e, at) => {
    if (e.keyword === 'if') kept[at] = false;
    if (!COMBINATORS.has(e.keyword)) return;
    const prefix = `${e.schemaPath}/`;
    const branches = new Map<string, number[]>();
    for (let i = 0; i < at; i++) {
      const b = errors[i]!;
      if (!kept[i] || !b.schemaPath.startsWith(prefix) || !b.instancePath.startsWith(e.instancePath)) continue;
      const branch = b.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), i]);
    }
    if (!branches.size) return;
    const best = Math.min(...[...branches.values()].map((xs) => xs.length));
    let chosen = false;
    for (const xs of branches.values()) {
      const keep = !chosen && xs.length === best;
      if (keep) chosen = true;
      else for (const i of xs) kept[i] = false;
    }
    kept[at] = false;
  });
  const seen = new Set<string>();
  return errors.filter((e, i) => {
    const key = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
    if (!kept[i] || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What the format's JSON Schema (compiled as `validate`, with `allErrors`) finds wrong in `text`,
 * placed in it: an extra property on its key, a missing one on the object's first character,
 * anything else on the value. Text that is not JSON yet gives nothing (the syntax linter speaks).
 */
export function schemaProblems(validate: ValidateFunction, text: string): SchemaProblem[] {
  if (!parseTree(text)) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (validate(value)) return [];
  return closestErrors(validate.errors ?? []).map((e) => {
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties') {
      const path = `${e.instancePath}/${String(params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`;
      return { ...pointerOffset(text, path), path, keyword: e.keyword, params };
    }
    const at = pointerOffset(text, e.instancePath);
    const to = e.keyword === 'required' ? Math.min(at.to, at.from + 1) : at.to;
    return { from: at.from, to, path: e.instancePath || '/', keyword: e.keyword, params };
  });
}
