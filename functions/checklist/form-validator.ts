import { Ajv, type ValidateFunction } from 'ajv';
import * as addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats ships CommonJS; depending on the loader its function arrives as the namespace's default or default.default.
const ns = addFormatsModule as unknown as { default: AddFormats | { default: AddFormats } };
const addFormats: AddFormats = typeof ns.default === 'function' ? ns.default : ns.default.default;

/**
 * Compiles a form's JSON Schema. Non-strict, because JSON Forms authors add keywords
 * (`i18n`, `options`) that are not JSON Schema; all errors, so a client sees every problem at once.
 */
export function compileFormSchema(schema: Record<string, unknown>): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
