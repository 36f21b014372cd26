import { isFormat11 } from '../../checklist/check-format-version.js';
import type { CriterionKind } from './criterion-kind.js';
import { readNumericShorthand } from './shorthand.js';
import { checkFieldType } from './check-field-type.js';
import { checkNumericTarget, gradeNumeric, meetsNumeric, numericFraction, numericTargetShape, numericTargetText, type NumericTarget } from './numeric.js';

/**
 * `count`: how many (centres built, staff trained) against a numeric target; reads an integer, or
 * a list whose length is the count. From format 1.1 it reads whole numbers only: an integer field
 * or a derived value declared with 0 decimals.
 */
export const countKind: CriterionKind<NumericTarget> = {
  target: { ...numericTargetShape, example: '{ "op": ">=", "value": 5 }' },
  credit: ['linear'],
  readsNumbers: true,
  creditFrom: 'number',
  wholeNumbers: true,
  readShorthand: readNumericShorthand,
  checkCriterion(ctx, criterion, path) {
    const ref = criterion.value;
    if (!isFormat11(ctx.definition.format) || !ref) return;
    if ('derived' in ref) {
      const derived = ctx.definition.derived?.find((x) => x.id === ref.derived);
      if (derived && derived.decimals !== 0) ctx.report('value-type', `a count criterion reads whole numbers; derived value "${ref.derived}" must declare "decimals": 0`, ...path, 'value', 'derived');
    } else if ('field' in ref && ctx.fields.get(ref.field)?.type === 'number') {
      ctx.report('value-type', `a count criterion reads whole numbers; field "${ref.field}" is a number that may have decimals (make it an integer)`, ...path, 'value', 'field');
    }
  },
  checkField: (ctx, criterion, field, at) => void checkFieldType(ctx, criterion, field, at, ['number', 'integer', 'array'], 'an integer or a list'),
  checkTarget: checkNumericTarget,
  fieldSchema: () => ({ type: 'integer', minimum: 0 }),
  grade(value, target, { criterion, decimals }) {
    const n = Array.isArray(value) ? value.length : value;
    return typeof n === 'number' && Number.isFinite(n) ? gradeNumeric(n, target, criterion.unit, criterion.credit, decimals) : undefined;
  },
  compileGrader(target, { criterion }) {
    const fraction = numericFraction(target, criterion.credit);
    return (value) => {
      const n = Array.isArray(value) ? value.length : value;
      return typeof n === 'number' && Number.isFinite(n) ? fraction(n) : undefined;
    };
  },
  targetText: (target, criterion) => numericTargetText(target, criterion.unit, criterion.display),
  meets: meetsNumeric,
};
