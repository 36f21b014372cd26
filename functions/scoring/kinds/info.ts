import type { Localized } from '../../checklist/definition-schema.js';
import { itemsFieldSchema } from './coverage.js';
import type { CriterionKind } from './criterion-kind.js';

/**
 * `info`: asked and shown, never graded (the plan asks for a figure without a target). No target,
 * no points, no veto; it may read anything, and need not read a value at all.
 */
export const infoKind: CriterionKind<never> = {
  credit: [],
  readsNumbers: true,
  optionalValue: true,
  checkCriterion(ctx, criterion, path) {
    if (criterion.weight) ctx.report('info-weight', 'informational items carry no points', ...path, 'weight');
    if (criterion.target || criterion.targets) ctx.report('info-target', 'informational items have no target', ...path);
    if (criterion.veto) ctx.report('info-veto', 'an informational item cannot be a veto item', ...path, 'veto');
  },
  checkField: () => undefined,
  fieldSchema(criterion, scales) {
    const scale = criterion.scale ? scales[criterion.scale] : undefined;
    if (scale) return { type: 'string', oneOf: scale.levels.map((l) => ({ const: l.value, title: l.label.zh })) };
    if (criterion.items) return itemsFieldSchema(criterion.items);
    if (criterion.unit) return { type: 'number' };
    return { type: 'string', maxLength: 2000 };
  },
  grade: () => undefined,
  targetText: () => undefined,
  // A list on an informational item is shown as what it holds (by the form's labels); on a count, as how many.
  actualText(value, _criterion, choiceText): Localized | undefined {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
    const texts = value.map((v: string) => choiceText(v));
    return { zh: texts.map((t) => t.zh).join('、'), en: texts.map((t) => t.en).join(', ') };
  },
};
