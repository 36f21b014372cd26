import * as v from 'valibot';
import type { Credit, Criterion, Scale } from '../../checklist/definition-schema.js';
import type { CheckContext } from '../../checklist/check-context.js';
import { checkFieldType } from './check-field-type.js';
import type { CriterionKind, Path } from './criterion-kind.js';
import type { Grade } from './grade.js';
import { readComparison } from './shorthand.js';

/** A level of the criterion's scale against a bound: `{ "op": ">=", "level": "4" }`. */
export const OrdinalTargetSchema = v.strictObject({
  op: v.picklist(['>=', '>', '<=', '<', '=']),
  level: v.string(),
});
export type OrdinalTarget = v.InferOutput<typeof OrdinalTargetSchema>;

/** Grades a level against an ordinal target by position in the scale; linear credit counts levels from `credit.from`. */
export function gradeOrdinal(level: string, target: OrdinalTarget, scale: Scale, credit: Credit | undefined): Grade {
  const rank = (value: string) => scale.levels.findIndex((l) => l.value === value);
  const actual = rank(level);
  const wanted = rank(target.level);
  const met = {
    '>=': actual >= wanted, '>': actual > wanted, '<=': actual <= wanted, '<': actual < wanted, '=': actual === wanted,
  }[target.op];
  if (met) return { fraction: 1, gap: null };
  const goal = target.op === '>' ? wanted + 1 : target.op === '<' ? wanted - 1 : wanted;
  const steps = Math.abs(goal - actual);
  const from = credit?.mode === 'linear' && credit.from !== undefined ? rank(String(credit.from)) : -1;
  let fraction = 0;
  if (from >= 0 && from !== goal) {
    const progress = (actual - from) / (goal - from);
    fraction = Math.min(Math.max(progress, 0), 0.999);
  }
  const direction = actual < goal ? { zh: '差', en: 'short' } : { zh: '超出', en: 'over' };
  return {
    fraction,
    gap: { amount: steps, unit: { zh: '级', en: 'level(s)' }, text: { zh: `${direction.zh}${steps}级`, en: `${steps} level(s) ${direction.en}` } },
  };
}

/**
 * The fraction `gradeOrdinal` gives, prepared once per target: the scale's positions in a map and
 * the goal worked out here, so grading a level is one lookup and one comparison.
 */
export function ordinalFraction(target: OrdinalTarget, scale: Scale, credit: Credit | undefined): (value: unknown) => number | undefined {
  const ranks = new Map<string, number>();
  scale.levels.forEach((l, i) => {
    if (!ranks.has(l.value)) ranks.set(l.value, i);
  });
  const rank = (value: string) => ranks.get(value) ?? -1;
  const wanted = rank(target.level);
  const op = target.op;
  const goal = op === '>' ? wanted + 1 : op === '<' ? wanted - 1 : wanted;
  const from = credit?.mode === 'linear' && credit.from !== undefined ? rank(String(credit.from)) : -1;
  const partial = from >= 0 && from !== goal;
  return (value) => {
    const actual = typeof value === 'string' ? ranks.get(value) : undefined;
    if (actual === undefined) return undefined;
    const met = op === '>=' ? actual >= wanted : op === '>' ? actual > wanted : op === '<=' ? actual <= wanted : op === '<' ? actual < wanted : op === '=' && actual === wanted;
    if (met) return 1;
    return partial ? Math.min(Math.max((actual - from) / (goal - from), 0), 0.999) : 0;
  };
}

/**
 * A level's English label inside a sentence: "Construction started" reads "at least construction
 * started", not "at least Construction started"; a label that opens with an acronym ("EMR 4")
 * or one letter ("A") keeps its capitals.
 */
const midSentence = (label: string): string => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** "不低于4级" / "at least level 4". */
export function ordinalTargetText(target: OrdinalTarget, scale: Scale): { zh: string; en: string } {
  const level = scale.levels.find((l) => l.value === target.level)?.label ?? { zh: target.level };
  const en = level.en === undefined ? level.zh : midSentence(level.en);
  const words = {
    '>=': [`不低于${level.zh}`, `at least ${en}`],
    '>': [`高于${level.zh}`, `above ${en}`],
    '<=': [`不高于${level.zh}`, `at most ${en}`],
    '<': [`低于${level.zh}`, `below ${en}`],
    '=': [`${level.zh}`, `exactly ${en}`],
  }[target.op];
  return { zh: words[0] as string, en: words[1] as string };
}

const levelsOf = (ctx: CheckContext, criterion: Criterion): string[] | undefined =>
  criterion.scale ? ctx.definition.scales?.[criterion.scale]?.levels.map((l) => l.value) : undefined;

/** `ordinal`: a level on a scale (EMR level, hospital grade), compared by its position in the scale. */
export const ordinalKind: CriterionKind<OrdinalTarget> = {
  target: {
    schema: OrdinalTargetSchema,
    needs: { zh: '{ "op": ">=" | ">" | "<=" | "<" | "=", "level": "<量表中的等级值>" }', en: '{ "op": ">=" | ">" | "<=" | "<" | "=", "level": "<a level value of its scale>" }' },
    example: '{ "op": ">=", "level": "4" }',
  },
  credit: ['linear'],
  readsNumbers: false,
  creditFrom: 'level',
  readShorthand(shorthand) {
    const op = typeof shorthand === 'string' ? readComparison(shorthand) : undefined;
    return op ? { op: op.op, level: op.operand } : shorthand;
  },
  checkCriterion(ctx, criterion, path: Path) {
    if (!criterion.scale) ctx.report('missing-scale', 'an ordinal criterion must name its scale', ...path);
    else if (!ctx.definition.scales?.[criterion.scale]) ctx.report('unknown-scale', `scale "${criterion.scale}" is not defined in /scales`, ...path, 'scale');
  },
  checkField(ctx, criterion, field, at) {
    checkFieldType(ctx, criterion, field, at, ['string'], 'a string holding a scale level');
    const levels = levelsOf(ctx, criterion);
    if (levels && field.values) {
      const stray = field.values.filter((value) => !levels.includes(value));
      if (stray.length) ctx.report('unknown-level', `field "${field.path}" offers values not in scale "${criterion.scale}": ${stray.join(', ')}`, ...at);
    } else if (levels && !field.values) {
      ctx.report('value-type', `field "${field.path}" must list the scale's levels (enum or oneOf consts)`, ...at);
    }
  },
  checkTarget(ctx, criterion, target, path) {
    if (!criterion.scale) return;
    if (!(levelsOf(ctx, criterion) ?? []).includes(target.level)) ctx.report('unknown-level', `level "${target.level}" is not in scale "${criterion.scale}"`, ...path, 'level');
  },
  // An unknown scale leaves a plain field; validation then says what is missing.
  fieldSchema: (criterion, scales) => {
    const scale = criterion.scale ? scales[criterion.scale] : undefined;
    return scale ? { type: 'string', oneOf: scale.levels.map((l) => ({ const: l.value, title: l.label.zh })) } : { type: 'string' };
  },
  grade: (value, target, { criterion, scale }) =>
    typeof value === 'string' && scale?.levels.some((l) => l.value === value) ? gradeOrdinal(value, target, scale, criterion.credit) : undefined,
  compileGrader: (target, { criterion, scale }) => (scale ? ordinalFraction(target, scale, criterion.credit) : () => undefined),
  targetText: (target, _criterion, scale) => (scale ? ordinalTargetText(target, scale) : undefined),
};
