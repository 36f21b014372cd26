import type { RowsRef } from '../checklist/definition-schema.js';
import { matches } from './conditions.js';
import { readPath } from './read-values.js';

/**
 * Reads a repeat group: the number of rows meeting `where` (every column match must hold; a blank
 * cell never matches), or the sum of column `sum` over them. Undefined when the group is not
 * answered, or when a counted row leaves the summed column blank: a total with a missing figure
 * is unknown, not smaller.
 */
export function readRows(answers: unknown, ref: RowsRef): number | undefined {
  const rows = readPath(answers, ref.rows);
  if (!Array.isArray(rows)) return undefined;
  const where = Object.entries(ref.where ?? {});
  const counted = rows.filter((row) => where.every(([column, match]) => matches(readPath(row, column), match)));
  if (ref.sum === undefined) return counted.length;
  let total = 0;
  for (const row of counted) {
    const cell = readPath(row, ref.sum);
    if (typeof cell !== 'number' || !Number.isFinite(cell)) return undefined;
    total += cell;
  }
  // Trims float noise (0.1 + 0.2) so a sum of decimals compares as the figures read.
  return Math.round(total * 1e9) / 1e9;
}
