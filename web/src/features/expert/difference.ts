import type { CriterionResult } from '../../lib/engine';

/**
 * How far apart two numbers may be, relative to the larger, before the expert's value counts as
 * different from the institution's: 5 %. Counts and shares reported from different ledgers
 * rarely agree to the unit (a ward counted on Monday vs on Friday), and the commission looks at
 * real disagreements first; a different status is always a difference, whatever the numbers.
 */
export const VALUE_TOLERANCE = 0.05;

/** Why the expert's reading of a criterion differs from the institution's, or null when it does not. */
export type Difference = 'status' | 'value' | null;

const valueOf = (r: CriterionResult) => r.actual?.value ?? null;

/**
 * Compares one criterion as the institution answered it and as the expert did: a different
 * status, or a value outside the tolerance (numbers) or not equal (anything else). Nothing to
 * compare (either side missing, or neither answered) is no difference.
 */
export function differenceOf(self: CriterionResult | undefined, expert: CriterionResult | undefined, tolerance = VALUE_TOLERANCE): Difference {
  if (!self || !expert) return null;
  if (self.status === 'missing' && expert.status === 'missing') return null;
  if (self.status !== expert.status) return 'status';
  const a = valueOf(self);
  const b = valueOf(expert);
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) > tolerance * scale ? 'value' : null;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? null : 'value';
}
