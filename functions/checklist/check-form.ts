import type { CheckContext } from './check-context.js';
import { scopeToPath } from './form-fields.js';
import type { ValidateFunction } from 'ajv';
import { compileFormSchema } from './form-validator.js';
import { jsonLogicVars } from './json-logic-vars.js';
import { checkLogic } from './check-logic.js';

function collectScopes(node: unknown, path: (string | number)[], out: { scope: string; path: (string | number)[] }[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => collectScopes(child, [...path, i], out));
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'scope' && typeof value === 'string') out.push({ scope: value, path: [...path, key] });
      else collectScopes(value, [...path, key], out);
    }
  }
}

/**
 * The form's JSON Schema compiles, every UI scope points at a field, every derived value reads
 * existing fields with allowed operations. Returns the compiled answer validator when it compiles,
 * so compiling a checklist does not compile its schema twice.
 */
export function checkForm(ctx: CheckContext): ValidateFunction | undefined {
  const { form, derived } = ctx.definition;
  let validator: ValidateFunction | undefined;
  try {
    validator = compileFormSchema(form.schema);
  } catch (error) {
    ctx.report('form-schema', `the form's JSON Schema does not compile: ${(error as Error).message}`, 'form', 'schema');
  }
  if (form.schema.type !== 'object') ctx.report('form-schema', 'the form schema must describe an object', 'form', 'schema', 'type');
  const scopes: { scope: string; path: (string | number)[] }[] = [];
  collectScopes(form.uischema, ['form', 'uischema'], scopes);
  for (const { scope, path } of scopes) {
    const fieldPath = scopeToPath(scope);
    if (fieldPath === null) ctx.report('ui-scope', `scope "${scope}" is not of the form #/properties/...`, ...path);
    else if (fieldPath !== '' && !ctx.fields.has(fieldPath)) ctx.report('ui-scope', `scope "${scope}" points at no field of the form`, ...path);
  }
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
