import type { CriterionResult } from './result-types.js';

/**
 * How far apart two numbers may be, relative to the larger, before the expert's value counts as
 * different from the institution's: 5 %. Counts and shares reported from different ledgers
 * rarely agree to the unit (a ward counted on Monday vs on Friday), and the commission looks at
 * real disagreements first; a different status is always a difference, whatever the numbers.
 */
export const VALUE_TOLERANCE = 0.05;

/** Why the expert's reading of a criterion differs from the institution's, or null when it does not. */
export type Difference = 'status' | 'value' | null;

/** One side of a criterion as the rule compares it: its status and the value the engine read. */
export interface ComparedReading {
  status: string;
  value: unknown;
}

/** A criterion's result as the rule compares it. */
export const readingOf = (r: CriterionResult | undefined): ComparedReading | undefined => (r ? { status: r.status, value: r.actual?.value ?? null } : undefined);

/**
 * The one rule for "self and expert differ on this criterion", used by the on-site page (live)
 * and the round comparison (API) alike, so both count the same items: a different status, or a
 * value outside the tolerance (numbers) or not equal (anything else). Nothing to compare (either
 * side missing, or neither answered) is no difference, and neither is 不适用 on both sides: the
 * criterion does not apply to the institution, so whatever value each side read scores nothing
 * and asks nothing of the commission (三级乙等 vs 三级甲等 on a 不适用 item is not a finding). Points are not compared: they follow from
 * status and value, and a 0-point gap between two 达标 readings 66.67% and 50% is still a difference.
 */
export function differenceOf(self: ComparedReading | null | undefined, expert: ComparedReading | null | undefined, tolerance = VALUE_TOLERANCE): Difference {
  if (!self || !expert) return null;
  if (self.status === expert.status && (self.status === 'missing' || self.status === 'not-applicable')) return null;
  if (self.status !== expert.status) return 'status';
  const a = self.value ?? null;
  const b = expert.value ?? null;
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) > tolerance * scale ? 'value' : null;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? null : 'value';
}
