import type { Criterion, Target } from './definition-schema.js';
import type { CheckContext } from './check-context.js';

/** Whether a definition is format 1.1 or later (1.0 definitions keep their 1.0 behaviour). */
export const isFormat11 = (format: number) => format >= 1.1;

function targetsOf(criterion: Criterion): { target: Target; path: (string | number)[] }[] {
  return [
    ...(criterion.target ? [{ target: criterion.target, path: ['target'] }] : []),
    ...(criterion.targets ?? []).map((variant, i) => ({ target: variant.target, path: ['targets', i, 'target'] })),
  ];
}

/**
 * What format 1.1 adds, checked in one place: its keys need `"format": 1.1` (a 1.0 reader would
 * not know them), a ratio display is for numbers, and a `count` reads whole numbers only (an
 * integer field, a list, or a derived value declared with 0 decimals). The count rule applies
 * from 1.1 on, so every 1.0 definition keeps validating as before.
 */
export function checkFormatVersion(ctx: CheckContext): void {
  const d = ctx.definition;
  const v11 = isFormat11(d.format);
  const needs11 = (what: string, ...path: (string | number)[]) => {
    if (!v11) ctx.report('format-version', `${what} needs "format": 1.1`, ...path);
  };
  if (d.contextRules?.length) needs11('contextRules', 'contextRules');
  d.criteria.forEach((criterion, index) => {
    for (const { target, path } of targetsOf(criterion)) {
      if ('op' in target && target.op === 'about' && target.direction) needs11('an about target with a direction', 'criteria', index, ...path, 'direction');
    }
    if (criterion.display) {
      needs11('display', 'criteria', index, 'display');
      if (criterion.display === 'ratio' && criterion.kind !== 'numeric') ctx.report('display-kind', 'a ratio display is for numeric criteria', 'criteria', index, 'display');
    }
    if (!v11 || criterion.kind !== 'count' || !criterion.value) return;
    const ref = criterion.value;
    if ('derived' in ref) {
      const derived = d.derived?.find((x) => x.id === ref.derived);
      if (derived && derived.decimals !== 0) ctx.report('value-type', `a count criterion reads whole numbers; derived value "${ref.derived}" must declare "decimals": 0`, 'criteria', index, 'value', 'derived');
    } else if ('field' in ref && ctx.fields.get(ref.field)?.type === 'number') {
      ctx.report('value-type', `a count criterion reads whole numbers; field "${ref.field}" is a number that may have decimals (make it an integer)`, 'criteria', index, 'value', 'field');
    }
  });
}
