import type { CheckContext } from './check-context.js';
import type { Criterion, Match, RowsRef } from './definition-schema.js';
import { kindOf } from '../scoring/kinds/index.js';

function matchValues(match: Match): unknown[] {
  if (Array.isArray(match)) return match;
  if (typeof match === 'object' && match !== null) return Object.values(match).flatMap((x) => (Array.isArray(x) ? x : [x]));
  return [match];
}

/**
 * A criterion reading a repeat group (`{ "rows": "staff", "where": {...}, "sum": "beds" }`): the
 * field is a list of objects, every `where` key and the `sum` column are columns of one row,
 * `where` values are options of enum columns, and the sum is of numbers (integers for `count`).
 */
export function checkRowsRef(ctx: CheckContext, criterion: Criterion, ref: RowsRef, ...path: (string | number)[]): void {
  const at = [...path, 'value'];
  if (!kindOf(criterion.kind).readsNumbers) {
    ctx.issue('rows-kind', { kind: criterion.kind }, ...at);
  }
  const field = ctx.fields.get(ref.rows);
  if (!field) {
    ctx.report('unknown-field', `form field "${ref.rows}" does not exist in /form/schema`, ...at, 'rows');
    return;
  }
  const columns = field.columns;
  if (field.type !== 'array' || (!columns && (ref.where || ref.sum))) {
    ctx.issue('rows-field', { field: ref.rows }, ...at, 'rows');
    return;
  }
  const names = [...(columns?.keys() ?? [])];
  for (const [column, match] of Object.entries(ref.where ?? {})) {
    const col = columns?.get(column);
    if (!col) {
      ctx.issue('unknown-column', { field: ref.rows, column, columns: names }, ...at, 'where', column);
      continue;
    }
    const stray = col.values ? matchValues(match).filter((x) => !col.values!.includes(String(x))) : [];
    if (stray.length) ctx.report('unknown-value', `column "${column}" of "${ref.rows}" offers no ${stray.map((x) => `"${String(x)}"`).join(', ')}`, ...at, 'where', column);
  }
  if (ref.sum !== undefined) {
    const col = columns?.get(ref.sum);
    if (!col) {
      ctx.issue('unknown-column', { field: ref.rows, column: ref.sum, columns: names }, ...at, 'sum');
      return;
    }
    const expected = kindOf(criterion.kind).wholeNumbers ? 'integer' : 'number';
    const fits = col.type === 'integer' || (expected === 'number' && col.type === 'number');
    if (!fits) ctx.issue('column-type', { field: ref.rows, column: ref.sum, type: col.type ?? 'untyped', kind: criterion.kind, expected }, ...at, 'sum');
  }
}
