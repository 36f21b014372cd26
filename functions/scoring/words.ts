import type { Localized } from '../checklist/definition-schema.js';

/** A number as people write it: at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const TIGHT_UNITS = new Set(['%', '‰', '°']);

/** A quantity with its unit in both languages ("30张" / "30 beds"). */
export function quantity(n: number, unit?: Localized): Localized {
  const num = formatNumber(n);
  if (!unit) return { zh: num, en: num };
  const en = unit.en ?? unit.zh;
  return { zh: `${num}${unit.zh}`, en: TIGHT_UNITS.has(en) ? `${num}${en}` : `${num} ${en}` };
}

/** Joins two localized texts with a template per language. */
export function phrase(zh: string, en: string): Localized {
  return { zh, en };
}

export function label(l: Localized): Localized {
  return { zh: l.zh, en: l.en ?? l.zh };
}
