import type { CheckContext } from './check-context.js';
import { checkUiSchema } from './check-uischema.js';
import type { ValidateFunction } from 'ajv';
import { jsonLogicVars } from './json-logic-vars.js';
import { checkLogic } from './check-logic.js';

/**
 * The form's JSON Schema compiles, every UI scope points at a field, every derived value reads
 * existing fields with allowed operations. Returns the compiled answer validator when it compiles,
 * so compiling a checklist does not compile its schema twice. Without `compile` (scoring a
 * published version) the schema is not compiled and nothing is returned.
 */
export function checkForm(ctx: CheckContext, compile?: (schema: Record<string, unknown>) => ValidateFunction): ValidateFunction | undefined {
  const { form, derived } = ctx.definition;
  let validator: ValidateFunction | undefined;
  try {
    validator = compile?.(form.schema);
  } catch (error) {
    ctx.report('form-schema', `the form's JSON Schema does not compile: ${(error as Error).message}`, 'form', 'schema');
  }
  if (form.schema.type !== 'object') ctx.report('form-schema', 'the form schema must describe an object', 'form', 'schema', 'type');
  checkUiSchema(ctx);
  derived?.forEach((d, index) => {
    const problems = checkLogic(d.expr);
    for (const p of problems) ctx.report(p.code, `derived value "${d.id}": ${p.message}`, 'derived', index, 'expr', ...p.path);
    if (problems.length) return;
    for (const name of jsonLogicVars(d.expr)) {
      const field = ctx.fields.get(name);
      if (!field) ctx.report('unknown-field', `derived value "${d.id}" reads "${name}", which is not a form field`, 'derived', index, 'expr');
      else if (field.type !== 'number' && field.type !== 'integer') {
        ctx.report('value-type', `derived value "${d.id}" reads "${name}", which is not a number`, 'derived', index, 'expr');
      }
    }
  });
  return validator;
}
