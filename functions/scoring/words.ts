import type { Localized } from '../checklist/definition-schema.js';
import { englishQuantity } from './unit-words.js';

/** A number as people write it: at most `decimals` (default two) decimals, no trailing zeros. */
export function formatNumber(n: number, decimals = 2): string {
  const factor = 10 ** decimals;
  return String(Math.round(n * factor) / factor);
}

/** A quantity with its unit in both languages ("30张" / "30 beds"); English never shows a Chinese unit. */
export function quantity(n: number, unit?: Localized, decimals?: number): Localized {
  const num = formatNumber(n, decimals);
  return { zh: `${num}${unit?.zh ?? ''}`, en: englishQuantity(num, unit, Number(num)) };
}

/** Joins two localized texts with a template per language. */
export function phrase(zh: string, en: string): Localized {
  return { zh, en };
}

export function label(l: Localized): Localized {
  return { zh: l.zh, en: l.en ?? l.zh };
}

/** The unit of a difference: between two percentages it is percentage points, not percent. */
export function differenceUnit(unit?: Localized): Localized | undefined {
  if (unit?.zh === '%') return { zh: '个百分点', en: 'percentage points' };
  return unit;
}
