import * as v from 'valibot';
import type { Localized } from '../../checklist/definition-schema.js';
import { checkFieldType } from './check-field-type.js';
import type { CriterionKind } from './criterion-kind.js';
import type { Grade } from './grade.js';

/** A yes/no requirement: `{ "equals": true }` must be done, `{ "equals": false }` must not happen. */
export const BooleanTargetSchema = v.strictObject({ equals: v.boolean() });
export type BooleanTarget = v.InferOutput<typeof BooleanTargetSchema>;

export function gradeBoolean(value: boolean, target: BooleanTarget): Grade {
  if (value === target.equals) return { fraction: 1, gap: null };
  return { fraction: 0, gap: { amount: null, text: { zh: '未达到要求', en: 'requirement not met' } } };
}

export function yesNo(value: boolean): Localized {
  return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
}

export function booleanTargetText(target: BooleanTarget): Localized {
  return target.equals ? { zh: '是（须做到）', en: 'yes (required)' } : { zh: '否（不得发生）', en: 'no (must not happen)' };
}

/** `boolean`: a requirement met or not (a centre built, a rule kept); reads a boolean field. */
export const booleanKind: CriterionKind<BooleanTarget> = {
  target: {
    schema: BooleanTargetSchema,
    needs: { zh: '{ "equals": true } 或 { "equals": false }（布尔值，不加引号）', en: '{ "equals": true } or { "equals": false } (a boolean, not a string)' },
    example: '{ "equals": true }',
  },
  credit: [],
  readsNumbers: false,
  readShorthand: (shorthand) => (typeof shorthand === 'boolean' ? { equals: shorthand } : shorthand),
  checkField: (ctx, criterion, field, at) => void checkFieldType(ctx, criterion, field, at, ['boolean'], 'a boolean'),
  fieldSchema: () => ({ type: 'boolean' }),
  grade: (value, target) => (typeof value === 'boolean' ? gradeBoolean(value, target) : undefined),
  compileGrader: ({ equals }) => (value) => (typeof value === 'boolean' ? (value === equals ? 1 : 0) : undefined),
  targetText: (target) => booleanTargetText(target),
};
