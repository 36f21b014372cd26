import { createAjv } from '@jsonforms/core';
import type { Ajv, CodeOptions } from 'ajv';

type RegExpEngine = NonNullable<CodeOptions['regExp']>;

/**
 * The Ajv JSON Forms validates a form with while a participant types: JSON Forms' default,
 * except that `pattern`s run on the same linear-time engine (RE2 semantics) as the server. The
 * default runs them with the browser's backtracking RegExp, so a form pattern like `^(a|a)*$`
 * froze the participant's own tab on thirty characters.
 */
export function createFormAjv(regExp?: RegExpEngine): Ajv {
  return regExp ? createAjv({ code: { regExp } }) : createAjv();
}

/** Whether a schema has anything Ajv runs as a regular expression (`pattern`, `patternProperties`). */
export function hasPatterns(schema: unknown): boolean {
  return JSON.stringify(schema).includes('"pattern');
}

/**
 * The form's Ajv, loading the RE2 engine (re2js, about 40 KB gzipped) only for a form that has
 * patterns: without one Ajv never runs a regular expression, and the form page starts sooner.
 */
export async function loadFormAjv(schema: unknown): Promise<Ajv> {
  if (!hasPatterns(schema)) return createFormAjv();
  const { linearRegExpEngine } = await import('../../../../functions/checklist/linear-regexp.js');
  return createFormAjv(linearRegExpEngine);
}
