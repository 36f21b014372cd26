import * as v from 'valibot';
import { BooleanTargetSchema, CoverageTargetSchema, NumericTargetSchema, OrdinalTargetSchema, type Criterion, type Localized, type Scale } from './definition-schema.js';
import { numericTargetText } from '../scoring/kinds/numeric.js';
import { ordinalTargetText } from '../scoring/kinds/ordinal.js';
import { coverageTargetText } from '../scoring/kinds/coverage.js';
import { booleanTargetText } from '../scoring/kinds/boolean.js';

/** A form field implied by a criterion: its JSON Schema, and its English label and help text for i18n. */
export interface GeneratedField {
  schema: Record<string, unknown>;
  en: { label?: string; description?: string };
}

type Options = { value: string; label: Localized }[];

/** A choice JSON Forms renders with the labels: `oneOf` of `{ const, title }`. */
const choice = (options: Options) => ({ type: 'string', oneOf: options.map((o) => ({ const: o.value, title: o.label.zh })) });
const multiChoice = (options: Options) => ({ type: 'array', uniqueItems: true, items: choice(options) });

/** The field's schema by the criterion's kind; an info item takes the shape its scale, items or unit suggest. */
function shapeOf(criterion: Criterion, scales: Record<string, Scale>): Record<string, unknown> {
  const scale = criterion.scale ? scales[criterion.scale] : undefined;
  switch (criterion.kind) {
    case 'boolean': return { type: 'boolean' };
    case 'numeric': return { type: 'number' };
    case 'count': return { type: 'integer', minimum: 0 };
    // An unknown scale or missing items leave a plain field; validation then says what is missing.
    case 'ordinal': return scale ? choice(scale.levels) : { type: 'string' };
    case 'coverage': return criterion.items ? multiChoice(criterion.items) : { type: 'array', uniqueItems: true, items: { type: 'string' } };
    case 'info':
      if (scale) return choice(scale.levels);
      if (criterion.items) return multiChoice(criterion.items);
      if (criterion.unit) return { type: 'number' };
      return { type: 'string', maxLength: 2000 };
  }
}

/** The default target in words, or a note that it depends on the context; undefined for info items. */
function targetWords(criterion: Criterion, scales: Record<string, Scale>): Localized | undefined {
  const target = criterion.target;
  if (criterion.kind === 'info') return undefined;
  if (!target) return criterion.targets?.length ? { zh: '因情形而异', en: 'depends on the context' } : undefined;
  const scale = criterion.scale ? scales[criterion.scale] : undefined;
  // A malformed target is validation's to report, at its path; the help text simply goes without it.
  if (v.is(BooleanTargetSchema, target)) return booleanTargetText(target);
  if (v.is(OrdinalTargetSchema, target)) return scale ? ordinalTargetText(target, scale) : undefined;
  if (v.is(NumericTargetSchema, target)) return numericTargetText(target, criterion.unit, criterion.display);
  if (v.is(CoverageTargetSchema, target) && criterion.items) return coverageTargetText(target, criterion.items);
  return undefined;
}

const withUnit = (title: string, unit: string | undefined) => (unit && !title.includes(unit) ? `${title}（${unit}）` : title);

/**
 * The form field a criterion reading `value.field` implies when the definition has no form
 * schema: the type follows the kind (numeric → number, count → integer, boolean → boolean,
 * ordinal → one of the scale's levels, coverage → a multi-select of the items), the title is the
 * criterion's title (with its unit) and the help text (`description`) is the target.
 */
export function generatedField(criterion: Criterion, scales: Record<string, Scale>): GeneratedField {
  const words = targetWords(criterion, scales);
  // The default target alone would mislead where a variant applies (say ≥ 50 in one named county against ≥ 30 elsewhere).
  const target = words && criterion.target && criterion.targets?.length
    ? { zh: `${words.zh}（部分情形另有目标）`, en: `${words.en} (other targets apply in some contexts)` }
    : words;
  const schema: Record<string, unknown> = { ...shapeOf(criterion, scales), title: withUnit(criterion.title.zh, criterion.unit?.zh) };
  if (target) schema.description = `目标：${target.zh}`;
  const en: GeneratedField['en'] = {};
  if (criterion.title.en) en.label = criterion.unit?.en ? `${criterion.title.en} (${criterion.unit.en})` : criterion.title.en;
  if (target?.en) en.description = `Target: ${target.en}`;
  return { schema, en };
}
