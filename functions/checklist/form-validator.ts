import { Ajv, type ValidateFunction } from 'ajv';
import * as addFormatsModule from 'ajv-formats';
import { withDefaultLimits } from './answer-limits.js';
import { constChoicesAsEnums } from './const-choices.js';
import { linearRegExpEngine } from './linear-regexp.js';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats ships CommonJS; depending on the loader its function arrives as the namespace's default or default.default.
const ns = addFormatsModule as unknown as { default: AddFormats | { default: AddFormats } };
const addFormats: AddFormats = typeof ns.default === 'function' ? ns.default : ns.default.default;

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, code: { regExp: linearRegExpEngine } });
  addFormats(ajv);
  return ajv;
}

/**
 * Compiles a form's JSON Schema. Non-strict, because JSON Forms authors add keywords
 * (`i18n`, `options`) that are not JSON Schema; all errors, so a client sees every problem at once.
 * Patterns run on a linear-time engine (RE2 semantics) so no input can make one backtrack for
 * seconds, and strings and arrays the form leaves unbounded get default limits (`ANSWER_LIMITS`).
 * Labelled choices are checked as enums first (`const-choices.ts`); the errors are the schema's own.
 */
export function compileFormSchema(schema: Record<string, unknown>): ValidateFunction {
  const limited = withDefaultLimits(schema);
  const quickSchema = constChoicesAsEnums(limited);
  if (quickSchema === limited) return newAjv().compile(limited);
  // Most answer sets are valid (every autosave checks one): a schema with choices as enums, which
  // accepts the same values with far less garbage, tells valid from invalid; only an invalid set
  // is checked again by the schema as written, compiled when first needed, for the errors clients
  // have always been given. Each on an Ajv of its own: both carry the form's `$id`, which one Ajv
  // registers once and refuses the second time.
  let quick: ValidateFunction;
  try {
    quick = newAjv().compile(quickSchema);
  } catch {
    // A `$ref` into a rewritten choice (`#/…/oneOf/0`) has nothing to point at in the quick schema.
    return newAjv().compile(limited);
  }
  let full: ValidateFunction | undefined;
  const validate = function (data: unknown): boolean {
    if (quick(data)) {
      validate.errors = null;
      return true;
    }
    full ??= newAjv().compile(limited);
    const valid = full(data);
    validate.errors = full.errors;
    return valid;
  } as ValidateFunction;
  validate.schema = limited;
  validate.schemaEnv = quick.schemaEnv;
  return validate;
}
