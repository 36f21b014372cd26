import type { ContextField, Localized, Match } from '../checklist/definition-schema.js';
import type { CompiledChecklist } from './assemble-compiled.js';
import { matches } from './conditions.js';
import { englishQuantity } from './unit-words.js';

/** One context value that keeps a criterion from applying: what it is and what the criterion asks. */
export interface UnmetContext {
  /** The context field's id (`hospital`). */
  field: string;
  /** Its label (`医院`). */
  label: Localized;
  /** The institution's value in words (`市人民医院`), or null where it has none. */
  actual: Localized | null;
  /** What the criterion asks of it, in words (`市中医院`, `≥ 2025`, `≥ 三级丙等`). */
  need: Localized;
}

/** The context every checklist has without declaring it: the round's year and round. */
const BUILT_IN: Readonly<Record<string, Localized>> = { year: { zh: '年度', en: 'Year' }, round: { zh: '评估轮次', en: 'Round' } };

const OPS = [['gte', '≥'], ['gt', '>'], ['lte', '≤'], ['lt', '<'], ['eq', '='], ['ne', '≠']] as const;

/** A context value in words: its option's or scale level's label, else the value with the field's unit. */
function valueWords(field: ContextField | undefined, compiled: CompiledChecklist, value: unknown): Localized {
  const scale = field?.scale ? compiled.scales.get(field.scale) : undefined;
  const named = field?.options?.find((o) => o.value === value)?.label ?? scale?.levels.find((level) => level.value === value)?.label;
  if (named) return named;
  const unit = field?.unit;
  return { zh: `${String(value)}${unit?.zh ?? ''}`, en: englishQuantity(String(value), unit, typeof value === 'number' ? value : undefined) };
}

function join(parts: Localized[], zh: string, en: string): Localized {
  return { zh: parts.map((p) => p.zh).join(zh), en: parts.map((p) => p.en ?? p.zh).join(en) };
}

/** What a match asks, in words: `市中医院、市中心医院`, `≥ 2025`, `不为 康华医院`. */
function matchWords(field: ContextField | undefined, compiled: CompiledChecklist, match: Match): Localized {
  const words = (v: unknown) => valueWords(field, compiled, v);
  if (Array.isArray(match)) return join(match.map(words), '、', ' or ');
  if (typeof match !== 'object' || match === null) return words(match);
  const parts: Localized[] = [];
  for (const [op, sign] of OPS) {
    const bound = (match as Record<string, unknown>)[op];
    if (bound !== undefined) {
      const w = words(bound);
      parts.push({ zh: `${sign} ${w.zh}`, en: `${sign} ${w.en ?? w.zh}` });
    }
  }
  if (match.in) parts.push(join(match.in.map(words), '、', ' or '));
  if (match.notIn) {
    const w = join(match.notIn.map(words), '、', ' or ');
    parts.push({ zh: `不为 ${w.zh}`, en: `not ${w.en}` });
  }
  return join(parts, '，', ', ');
}

/**
 * Why a criterion does not apply to this context, in words: each context value its `appliesWhen`
 * asks for and this context does not have (`医院`: 市人民医院, asks 市中医院). The test is the
 * engine's own (`matches`, with the scale order): the fill and on-site pages say why a criterion
 * is 不适用 by the very rule that scored it so. Conditions on answers, and nested all/any/not, are
 * not worded: for those (and for a criterion that applies) the list is empty.
 */
export function unmetContext(compiled: CompiledChecklist, criterionId: string, rawContext: Record<string, unknown>): UnmetContext[] {
  const criterion = compiled.definition.criteria.find((c) => c.id === criterionId);
  const asked = criterion?.appliesWhen?.context;
  if (!asked) return [];
  const context = compiled.normalizeContext(rawContext) as Record<string, unknown>;
  const unmet: UnmetContext[] = [];
  for (const [key, match] of Object.entries(asked)) {
    const field = compiled.definition.context.find((f) => f.id === key);
    const scale = field?.scale ? compiled.scales.get(field.scale) : undefined;
    const rank = (v: unknown) => {
      const i = scale?.levels.findIndex((level) => level.value === v) ?? -1;
      return i < 0 ? undefined : i;
    };
    const value = context[key];
    if (matches(value, match, scale ? rank : undefined)) continue;
    const absent = value === undefined || value === null || value === '';
    unmet.push({ field: key, label: field?.label ?? BUILT_IN[key] ?? { zh: key, en: key }, actual: absent ? null : valueWords(field, compiled, value), need: matchWords(field, compiled, match) });
  }
  return unmet;
}
