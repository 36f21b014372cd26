import type { Condition, Match } from './definition-schema.js';
import { BUILT_IN_CONTEXT, ROUNDS, type CheckContext } from './check-context.js';

function matchValues(match: Match): unknown[] {
  if (Array.isArray(match)) return match;
  if (typeof match === 'object' && match !== null) {
    return Object.values(match).flatMap((x) => (Array.isArray(x) ? x : [x]));
  }
  return [match];
}

/** Checks a condition's context keys and values against what the definition declares, so a typo cannot silently never match. */
export function checkCondition(ctx: CheckContext, condition: Condition, ...path: (string | number)[]): void {
  const { definition } = ctx;
  for (const [key, match] of Object.entries(condition.context ?? {})) {
    const where = [...path, 'context', key];
    if ((BUILT_IN_CONTEXT as readonly string[]).includes(key)) {
      if (key === 'round') {
        for (const value of matchValues(match)) {
          if (!(ROUNDS as readonly unknown[]).includes(value)) {
            ctx.report('unknown-value', `round "${String(value)}" is not one of ${ROUNDS.join(', ')}`, ...where);
          }
        }
      }
      continue;
    }
    const field = definition.context.find((f) => f.id === key);
    if (!field) {
      ctx.report('unknown-context', `context field "${key}" is not declared in /context`, ...where);
      continue;
    }
    let allowed: string[] | undefined;
    if (field.kind === 'enum') allowed = (field.options ?? []).map((o) => o.value);
    if (field.kind === 'scale' && field.scale) allowed = definition.scales?.[field.scale]?.levels.map((l) => l.value);
    if (allowed) {
      for (const value of matchValues(match)) {
        if (!allowed.includes(String(value))) {
          ctx.report('unknown-value', `"${String(value)}" is not an option of context field "${key}"`, ...where);
        }
      }
    }
  }
  for (const key of Object.keys(condition.values ?? {})) {
    if (!ctx.fields.has(key) && !ctx.derivedIds.has(key)) {
      ctx.report('unknown-field', `"${key}" is neither a form field nor a derived value`, ...path, 'values', key);
    }
  }
  condition.all?.forEach((c, i) => checkCondition(ctx, c, ...path, 'all', i));
  condition.any?.forEach((c, i) => checkCondition(ctx, c, ...path, 'any', i));
  if (condition.not) checkCondition(ctx, condition.not, ...path, 'not');
}
