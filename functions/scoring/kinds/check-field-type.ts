import type { CheckContext } from '../../checklist/check-context.js';
import type { Criterion } from '../../checklist/definition-schema.js';
import type { FormField } from '../../checklist/form-fields.js';
import type { Path } from './criterion-kind.js';

/** Reports `value-type` unless the field's JSON type is one of `types`; `expected` says it in words. */
export function checkFieldType(ctx: CheckContext, criterion: Criterion, field: FormField, at: Path, types: readonly string[], expected: string): boolean {
  if (field.type !== undefined && types.includes(field.type)) return true;
  ctx.report('value-type', `a ${criterion.kind} criterion reads ${expected}; field "${field.path}" is ${field.type ?? 'untyped'}`, ...at);
  return false;
}
