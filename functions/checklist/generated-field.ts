import * as v from 'valibot';
import type { Criterion, Localized, Scale } from './definition-schema.js';
import { kindOf } from '../scoring/kinds/index.js';
import { englishUnit } from '../scoring/unit-words.js';

/** A form field implied by a criterion: its JSON Schema, and its English label and help text for i18n. */
export interface GeneratedField {
  schema: Record<string, unknown>;
  en: { label?: string; description?: string; options?: Record<string, string> };
}

/** English for each choice the field offers (its scale's levels, its items) where the definition gives it, keyed by value. */
function optionWords(criterion: Criterion, scales: Record<string, Scale>): Record<string, string> {
  const choices = [...((criterion.scale && scales[criterion.scale]?.levels) || []), ...(criterion.items ?? [])];
  return Object.fromEntries(choices.flatMap((c) => (c.label.en ? [[c.value, c.label.en]] : [])));
}

/** The default target in words, or a note that it depends on the context; undefined for info items. */
function targetWords(criterion: Criterion, scales: Record<string, Scale>): Localized | undefined {
  const kind = kindOf(criterion.kind);
  const target = criterion.target;
  if (!kind.target) return undefined;
  if (!target) return criterion.targets?.length ? { zh: '因情形而异', en: 'depends on the context' } : undefined;
  // A malformed target is validation's to report, at its path; the help text simply goes without it.
  if (!v.is(kind.target.schema, target)) return undefined;
  return kind.targetText(target, criterion, criterion.scale ? scales[criterion.scale] : undefined);
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
  const schema: Record<string, unknown> = { ...kindOf(criterion.kind).fieldSchema(criterion, scales), title: withUnit(criterion.title.zh, criterion.unit?.zh) };
  if (target) schema.description = `目标：${target.zh}`;
  const en: GeneratedField['en'] = {};
  const unitEn = criterion.unit && englishUnit(criterion.unit);
  if (criterion.title.en) en.label = unitEn ? `${criterion.title.en} (${unitEn})` : criterion.title.en;
  if (target?.en) en.description = `Target: ${target.en}`;
  const options = optionWords(criterion, scales);
  if (Object.keys(options).length) en.options = options;
  return { schema, en };
}
