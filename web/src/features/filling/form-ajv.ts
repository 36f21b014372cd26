import { createAjv } from '@jsonforms/core';
import type { Ajv, CodeOptions, Options } from 'ajv';

type RegExpEngine = NonNullable<CodeOptions['regExp']>;

/**
 * For a published checklist's schema only: the server checked it against the meta-schema when it
 * was published, so the browser skips that check (compiling the draft-07 meta-schema first) and
 * Ajv's optimising pass over the generated code (most of a compile, for code that runs once per
 * keystroke on a few hundred fields). What the validator accepts and reports is unchanged.
 */
const PUBLISHED: Options = { validateSchema: false };

/**
 * The Ajv JSON Forms validates a form with while a participant types: JSON Forms' default,
 * except that `pattern`s run on the same linear-time engine (RE2 semantics) as the server. The
 * default runs them with the browser's backtracking RegExp, so a form pattern like `^(a|a)*$`
 * froze the participant's own tab on thirty characters. `published` (a schema the server has
 * validated) compiles faster, see {@link PUBLISHED}.
 */
export function createFormAjv(regExp?: RegExpEngine, published = false): Ajv {
  const code: CodeOptions = { ...(regExp ? { regExp } : {}), ...(published ? { optimize: false } : {}) };
  return createAjv({ ...(published ? PUBLISHED : {}), ...(Object.keys(code).length ? { code } : {}) });
}

/** Whether a schema has anything Ajv runs as a regular expression (`pattern`, `patternProperties`). */
export function hasPatterns(schema: unknown): boolean {
  return JSON.stringify(schema).includes('"pattern');
}

/**
 * The Ajv of a published checklist's form, loading the RE2 engine (re2js, about 40 KB gzipped)
 * only for a form that has patterns: without one Ajv never runs a regular expression, and the
 * form page starts sooner.
 */
export async function loadFormAjv(schema: unknown): Promise<Ajv> {
  if (!hasPatterns(schema)) return createFormAjv(undefined, true);
  const { linearRegExpEngine } = await import('../../../../functions/checklist/linear-regexp.js');
  return createFormAjv(linearRegExpEngine, true);
}
