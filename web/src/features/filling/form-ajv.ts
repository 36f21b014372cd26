import { createAjv } from '@jsonforms/core';
import { linearRegExpEngine } from '../../lib/engine';

/**
 * The Ajv JSON Forms validates a form with while a participant types: JSON Forms' default,
 * except that `pattern`s run on the same linear-time engine (RE2 semantics) as the server. The
 * default runs them with the browser's backtracking RegExp, so a form pattern like `^(a|a)*$`
 * froze the participant's own tab on thirty characters.
 */
export function createFormAjv() {
  return createAjv({ code: { regExp: linearRegExpEngine } });
}
