import * as v from 'valibot';
import type { Credit, Localized } from '../../checklist/definition-schema.js';
import { differenceUnit, formatNumber, quantity } from '../words.js';
import { englishNumber } from '../unit-words.js';
import { checkFieldType } from './check-field-type.js';
import { isFormat11 } from '../../checklist/check-format-version.js';
import type { CriterionKind, TargetShape } from './criterion-kind.js';
import type { Grade } from './grade.js';
import { readNumericShorthand } from './shorthand.js';

/** A number against a bound, a range, or "about" a value (左右). */
export const NumericTargetSchema = v.variant('op', [
  v.strictObject({ op: v.picklist(['>=', '>', '<=', '<', '=']), value: v.number() }),
  v.strictObject({ op: v.literal('between'), min: v.number(), max: v.number() }),
  v.strictObject({
    op: v.literal('about'), value: v.number(), tolerance: v.pipe(v.number(), v.minValue(0)),
    /**
     * Format 1.1: which side of "左右" counts. `around` (default): either side, within the
     * tolerance ("45%左右"); `at-least`: no more than the tolerance below, anything above
     * ("提高到55%左右"); `at-most`: no more than the tolerance above ("控制在…左右").
     */
    direction: v.optional(v.picklist(['around', 'at-least', 'at-most'])),
  }),
]);
export type NumericTarget = v.InferOutput<typeof NumericTargetSchema>;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** Credit rising linearly from 0 at `zeroAt` to 1 at `fullAt`; all-or-nothing when there is no `zeroAt`. */
function ramp(value: number, fullAt: number, zeroAt: number | undefined, metNow: boolean): number {
  if (metNow) return 1;
  if (zeroAt === undefined || zeroAt === fullAt) return 0;
  // Just short of a strict bound is not met, so linear credit stops short of full there.
  return Math.min(clamp((value - zeroAt) / (fullAt - zeroAt)), 0.999);
}

function linear(credit: Credit | undefined): { from?: number; to?: number } {
  if (credit?.mode !== 'linear') return {};
  return { from: typeof credit.from === 'number' ? credit.from : undefined, to: credit.to };
}

/** Grades a number against a numeric target; the gap says how far and in which direction. */
export function gradeNumeric(value: number, target: NumericTarget, unit: Localized | undefined, credit: Credit | undefined, decimals?: number): Grade {
  const { from, to } = linear(credit);
  const gapUnit = differenceUnit(unit);
  // A gap is never shown as 0: a value just short of its target gets the decimals it needs.
  const gapDecimals = (amount: number) => {
    let d = decimals ?? 2;
    while (d < 6 && amount > 0 && Math.round(amount * 10 ** d) === 0) d += 1;
    return d;
  };
  const tidy = (n: number) => Math.round(n * 1e6) / 1e6;
  const short = (amount: number): Grade['gap'] => {
    const q = quantity(amount, gapUnit, gapDecimals(amount));
    return { amount: tidy(amount), unit: gapUnit, text: { zh: `差${q.zh}`, en: `${q.en} short` } };
  };
  const over = (amount: number): Grade['gap'] => {
    const q = quantity(amount, gapUnit, gapDecimals(amount));
    return { amount: tidy(amount), unit: gapUnit, text: { zh: `超出${q.zh}`, en: `${q.en} over` } };
  };
  const off = (amount: number, tolerance: number): Grade['gap'] => {
    const q = quantity(amount, gapUnit, gapDecimals(amount));
    const t = quantity(tolerance, gapUnit, decimals);
    return { amount: tidy(amount), unit: gapUnit, text: { zh: `偏离${q.zh}（允许±${t.zh}）`, en: `${q.en} off (±${t.en} allowed)` } };
  };
  switch (target.op) {
    case '>=':
    case '>': {
      const t = target.value;
      const met = target.op === '>=' ? value >= t : value > t;
      return { fraction: ramp(value, t, from, met), gap: met ? null : short(t - value) };
    }
    case '<=':
    case '<': {
      const t = target.value;
      const met = target.op === '<=' ? value <= t : value < t;
      return { fraction: ramp(-value, -t, from === undefined ? undefined : -from, met), gap: met ? null : over(value - t) };
    }
    case '=': {
      const t = target.value;
      const met = Math.abs(value - t) < 1e-9;
      const zeroAt = from === undefined ? undefined : -Math.abs(from - t);
      return { fraction: ramp(-Math.abs(value - t), 0, zeroAt, met), gap: met ? null : value < t ? short(t - value) : over(value - t) };
    }
    case 'between': {
      const min = target.min;
      const max = target.max;
      if (value < min) return { fraction: ramp(value, min, from, false), gap: short(min - value) };
      if (value > max) return { fraction: ramp(-value, -max, to === undefined ? undefined : -to, false), gap: over(value - max) };
      return { fraction: 1, gap: null };
    }
    case 'about': {
      const t = target.value;
      const tolerance = target.tolerance;
      // One-sided "左右": only the far side of the tolerance misses; beyond the plan is better.
      if (target.direction === 'at-least') {
        const floor = t - tolerance;
        const met = value >= floor - 1e-9;
        return { fraction: ramp(value, floor, from, met), gap: met ? null : short(floor - value) };
      }
      if (target.direction === 'at-most') {
        const ceiling = t + tolerance;
        const met = value <= ceiling + 1e-9;
        return { fraction: ramp(-value, -ceiling, from === undefined ? undefined : -from, met), gap: met ? null : over(value - ceiling) };
      }
      const distance = Math.abs(value - t);
      const met = distance <= tolerance + 1e-9;
      const zeroAt = from === undefined ? undefined : -Math.abs(from - t);
      return { fraction: ramp(-distance, -tolerance, zeroAt, met), gap: met ? null : off(distance, tolerance) };
    }
  }
}

/**
 * The fraction `gradeNumeric` gives, prepared once per target: bounds and credit read here, so
 * grading a number is one comparison and no words (the gap is worded apart, from `gradeNumeric`).
 */
export function numericFraction(target: NumericTarget, credit: Credit | undefined): (value: number) => number {
  const { from, to } = linear(credit);
  const negFrom = from === undefined ? undefined : -from;
  switch (target.op) {
    case '>=': { const t = target.value; return (value) => ramp(value, t, from, value >= t); }
    case '>': { const t = target.value; return (value) => ramp(value, t, from, value > t); }
    case '<=': { const t = target.value; return (value) => ramp(-value, -t, negFrom, value <= t); }
    case '<': { const t = target.value; return (value) => ramp(-value, -t, negFrom, value < t); }
    case '=': {
      const t = target.value;
      const zeroAt = from === undefined ? undefined : -Math.abs(from - t);
      return (value) => ramp(-Math.abs(value - t), 0, zeroAt, Math.abs(value - t) < 1e-9);
    }
    case 'between': {
      const { min, max } = target;
      const negTo = to === undefined ? undefined : -to;
      return (value) => (value < min ? ramp(value, min, from, false) : value > max ? ramp(-value, -max, negTo, false) : 1);
    }
    case 'about': {
      const t = target.value;
      const tolerance = target.tolerance;
      if (target.direction === 'at-least') {
        const floor = t - tolerance;
        return (value) => ramp(value, floor, from, value >= floor - 1e-9);
      }
      if (target.direction === 'at-most') {
        const ceiling = t + tolerance;
        return (value) => ramp(-value, -ceiling, negFrom, value <= ceiling + 1e-9);
      }
      const zeroAt = from === undefined ? undefined : -Math.abs(from - t);
      return (value) => {
        const distance = Math.abs(value - t);
        return ramp(-distance, -tolerance, zeroAt, distance <= tolerance + 1e-9);
      };
    }
  }
}

/** A value as the plan writes it: a quantity with its unit, or a ratio `1:1.6` (format 1.1 `display: ratio`). */
export function numericText(n: number, unit: Localized | undefined, display: 'number' | 'ratio' | undefined, decimals?: number): Localized {
  if (display !== 'ratio') return quantity(n, unit, decimals);
  const text = `1:${formatNumber(n, decimals)}`;
  return { zh: text, en: text };
}

/** The target in words: "不低于35%" / "at least 35%". */
export function numericTargetText(target: NumericTarget, unit: Localized | undefined, display?: 'number' | 'ratio'): Localized {
  const q = (n: number) => numericText(n, unit, display);
  switch (target.op) {
    case '>=': return { zh: `≥ ${q(target.value).zh}（不低于）`, en: `at least ${q(target.value).en}` };
    case '>': return { zh: `> ${q(target.value).zh}（高于）`, en: `more than ${q(target.value).en}` };
    case '<=': return { zh: `≤ ${q(target.value).zh}（不高于）`, en: `at most ${q(target.value).en}` };
    case '<': return { zh: `< ${q(target.value).zh}（低于）`, en: `less than ${q(target.value).en}` };
    case '=': return { zh: `= ${q(target.value).zh}`, en: `exactly ${q(target.value).en}` };
    case 'between': return display === 'ratio'
      ? { zh: `${q(target.min).zh}–${q(target.max).zh}`, en: `between ${q(target.min).en} and ${q(target.max).en}` }
      : { zh: `${formatNumber(target.min)}–${q(target.max).zh}`, en: `between ${englishNumber(formatNumber(target.min), unit)} and ${q(target.max).en}` };
    case 'about': {
      // The tolerance is a difference: around a percentage it is in percentage points.
      const tol = quantity(target.tolerance, display === 'ratio' ? undefined : differenceUnit(unit));
      if (target.direction === 'at-least') {
        const floor = q(target.value - target.tolerance);
        return { zh: `${q(target.value).zh}左右（不低于${floor.zh}，高于不限）`, en: `about ${q(target.value).en} or more (at least ${floor.en})` };
      }
      if (target.direction === 'at-most') {
        const ceiling = q(target.value + target.tolerance);
        return { zh: `${q(target.value).zh}左右（不高于${ceiling.zh}，低于不限）`, en: `about ${q(target.value).en} or less (at most ${ceiling.en})` };
      }
      return { zh: `${q(target.value).zh}左右（±${tol.zh}）`, en: `about ${q(target.value).en} (±${tol.en})` };
    }
  }
}

/** The numeric target, shared by `numeric` and `count`. */
export const numericTargetShape: TargetShape<NumericTarget> = {
  schema: NumericTargetSchema,
  needs: {
    zh: '{ "op": ">=" | ">" | "<=" | "<" | "=", "value": 数 }，或 { "op": "between", "min": 数, "max": 数 }，或 { "op": "about", "value": 数, "tolerance": 数 }',
    en: '{ "op": ">=" | ">" | "<=" | "<" | "=", "value": <number> }, { "op": "between", "min": <number>, "max": <number> } or { "op": "about", "value": <number>, "tolerance": <number> }',
  },
  example: '{ "op": ">=", "value": 35 }',
};

/** Checks shared by the kinds that take a numeric target: a range that is not empty, "左右" sides from 1.1 on. */
export function checkNumericTarget(...[ctx, , target, path]: Parameters<NonNullable<CriterionKind<NumericTarget>['checkTarget']>>): void {
  if (target.op === 'between' && target.min > target.max) ctx.report('empty-range', `min ${target.min} is above max ${target.max}`, ...path);
  if (target.op === 'about' && target.direction && !isFormat11(ctx.definition.format)) {
    ctx.report('format-version', 'an about target with a direction needs "format": 1.1', ...path, 'direction');
  }
}

/** Whether a number meets a numeric target outright (no partial credit). */
export const meetsNumeric = (n: number, target: NumericTarget): boolean => gradeNumeric(n, target, undefined, undefined).fraction >= 1;

/** `numeric`: a quantity against a bound, range or "about" (beds, shares, ratios); reads a number. */
export const numericKind: CriterionKind<NumericTarget> = {
  target: numericTargetShape,
  credit: ['linear'],
  readsNumbers: true,
  creditFrom: 'number',
  ratio: true,
  readShorthand: readNumericShorthand,
  checkField: (ctx, criterion, field, at) => void checkFieldType(ctx, criterion, field, at, ['number', 'integer'], 'a number'),
  checkTarget: checkNumericTarget,
  fieldSchema: () => ({ type: 'number' }),
  grade: (value, target, { criterion, decimals }) =>
    typeof value === 'number' && Number.isFinite(value) ? gradeNumeric(value, target, criterion.unit, criterion.credit, decimals) : undefined,
  compileGrader(target, { criterion }) {
    const fraction = numericFraction(target, criterion.credit);
    return (value) => (typeof value === 'number' && Number.isFinite(value) ? fraction(value) : undefined);
  },
  targetText: (target, criterion) => numericTargetText(target, criterion.unit, criterion.display),
  meets: meetsNumeric,
};
