import { Ajv, type ValidateFunction } from 'ajv';
import * as addFormatsModule from 'ajv-formats';
import { withDefaultLimits } from './answer-limits.js';
import { linearRegExpEngine } from './linear-regexp.js';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats ships CommonJS; depending on the loader its function arrives as the namespace's default or default.default.
const ns = addFormatsModule as unknown as { default: AddFormats | { default: AddFormats } };
const addFormats: AddFormats = typeof ns.default === 'function' ? ns.default : ns.default.default;

/**
 * Compiles a form's JSON Schema. Non-strict, because JSON Forms authors add keywords
 * (`i18n`, `options`) that are not JSON Schema; all errors, so a client sees every problem at once.
 * Patterns run on a linear-time engine (RE2 semantics) so no input can make one backtrack for
 * seconds, and strings and arrays the form leaves unbounded get default limits (`ANSWER_LIMITS`).
 */
export function compileFormSchema(schema: Record<string, unknown>): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, code: { regExp: linearRegExpEngine } });
  addFormats(ajv);
  return ajv.compile(withDefaultLimits(schema));
}
