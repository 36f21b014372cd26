import * as v from 'valibot';
import type { Credit, Criterion, Localized } from '../../checklist/definition-schema.js';
import { checkFieldType } from './check-field-type.js';
import type { CriterionKind } from './criterion-kind.js';
import type { Grade } from './grade.js';

/** How many of the criterion's listed items must be present: `{ "min": 5 }`, or `{}` for all of them. */
export const CoverageTargetSchema = v.strictObject({ min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))) });
export type CoverageTarget = v.InferOutput<typeof CoverageTargetSchema>;
type Item = NonNullable<Criterion['items']>[number];

/** Grades k of n listed items: all-or-nothing at the target's `min` (default all), or in proportion. */
export function gradeCoverage(selected: unknown[], target: CoverageTarget, items: Item[], credit: Credit | undefined): Grade {
  const present = items.filter((item) => selected.includes(item.value));
  const needed = target.min ?? items.length;
  if (present.length >= needed) return { fraction: 1, gap: null };
  const missing = items.filter((item) => !selected.includes(item.value));
  const short = needed - present.length;
  const names = missing.map((m) => m.label.zh).join('、');
  const namesEn = missing.map((m) => m.label.en ?? m.label.zh).join(', ');
  return {
    fraction: credit?.mode === 'proportional' ? present.length / needed : 0,
    gap: {
      amount: short,
      unit: { zh: '项', en: 'item(s)' },
      text: { zh: `差${short}项（未具备：${names}）`, en: `${short} item(s) short (missing: ${namesEn})` },
      missingItems: missing.map((m) => m.value),
    },
  };
}

export function coverageTargetText(target: CoverageTarget, items: Item[]): Localized {
  const n = items.length;
  const list = items.map((i) => i.label.zh).join('、');
  if (target.min === undefined || target.min === n) return { zh: `${n}项全部具备（${list}）`, en: `all ${n} items` };
  return { zh: `${n}项中至少${target.min}项（${list}）`, en: `at least ${target.min} of ${n} items` };
}

export function coverageActualText(selected: unknown[], items: Item[]): Localized {
  const present = items.filter((item) => selected.includes(item.value));
  return {
    zh: `${present.length}/${items.length}${present.length ? '：' + present.map((p) => p.label.zh).join('、') : ''}`,
    en: `${present.length}/${items.length}${present.length ? ': ' + present.map((p) => p.label.en ?? p.label.zh).join(', ') : ''}`,
  };
}

/** A multi-select of the items, as JSON Forms renders it with their labels. */
export const itemsFieldSchema = (items: Item[]): Record<string, unknown> => ({
  type: 'array', uniqueItems: true, items: { type: 'string', oneOf: items.map((o) => ({ const: o.value, title: o.label.zh })) },
});

/** `coverage`: k of n listed items present (all five emergency centres); reads a list of item values. */
export const coverageKind: CriterionKind<CoverageTarget> = {
  target: {
    schema: CoverageTargetSchema,
    needs: { zh: '{ "min": 须具备的项数 }，或 {} 表示全部项', en: '{ "min": <items needed> }, or {} for every item' },
    example: '{ "min": 5 }',
  },
  credit: ['proportional'],
  readsNumbers: false,
  defaultTarget: {},
  readShorthand: (shorthand) => (typeof shorthand === 'number' ? { min: shorthand } : shorthand),
  checkCriterion(ctx, criterion, path) {
    if (!criterion.items?.length) ctx.report('missing-items', 'a coverage criterion must list its items', ...path);
  },
  checkField(ctx, criterion, field, at) {
    checkFieldType(ctx, criterion, field, at, ['array'], 'a list of item values');
    const items = (criterion.items ?? []).map((i) => i.value);
    const offered = field.itemValues ?? [];
    const missing = items.filter((i) => !offered.includes(i));
    const extra = offered.filter((i) => !items.includes(i));
    if (missing.length || extra.length) {
      ctx.report('coverage-items', `field "${field.path}" items must match the criterion's items (missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'})`, ...at);
    }
  },
  checkTarget(ctx, criterion, target, path) {
    if (target.min !== undefined && criterion.items && target.min > criterion.items.length) {
      ctx.report('coverage-min', `min ${target.min} exceeds the ${criterion.items.length} listed items`, ...path, 'min');
    }
  },
  // Missing items leave a plain list; validation then says what is missing.
  fieldSchema: (criterion) => (criterion.items ? itemsFieldSchema(criterion.items) : { type: 'array', uniqueItems: true, items: { type: 'string' } }),
  accepts: (raw) => Array.isArray(raw),
  grade: (value, target, { criterion }) => (Array.isArray(value) ? gradeCoverage(value, target, criterion.items ?? [], criterion.credit) : undefined),
  compileGrader(target, { criterion }) {
    const items = (criterion.items ?? []).map((item) => item.value);
    const needed = target.min ?? items.length;
    const proportional = criterion.credit?.mode === 'proportional';
    return (value) => {
      if (!Array.isArray(value)) return undefined;
      let present = 0;
      for (const item of items) if (value.includes(item)) present += 1;
      return present >= needed ? 1 : proportional ? present / needed : 0;
    };
  },
  targetText: (target, criterion) => (criterion.items ? coverageTargetText(target, criterion.items) : undefined),
};
