/** What the on-site form shows: every field, only those where the expert differs from the institution, or only those still to fill. */
export type OnSiteFilter = 'all' | 'differs' | 'unfilled';

/**
 * The next field to fill after position `after` of `order` (the form's fields, section by
 * section), wrapping round to the start; undefined when none is left.
 */
export function nextUnfilled(order: readonly string[], unfilled: ReadonlySet<string>, after: number): string | undefined {
  for (let step = 1; step <= order.length; step++) {
    const field = order[(((after + step) % order.length) + order.length) % order.length]!;
    if (unfilled.has(field)) return field;
  }
  return undefined;
}
