/**
 * Bounds on following a form's `$ref`s and combinator branches (`allOf`/`anyOf`/`oneOf`,
 * `then`/`else`). Listing a form's fields and resolving UI scopes recurse through them; without
 * a bound, a chain of 3,000 `$defs` each `{ allOf: [{ $ref: next }] }` overflowed the stack (a
 * 500), and two references to the same next definition at each step doubled the work per step.
 * The largest checklist in `forms/` nests 3 levels with no `$ref` chains: both bounds are far
 * beyond what a form needs.
 */
export const RESOLUTION_LIMITS = Object.freeze({
  /** Nesting of properties, items, `$ref`s and branches followed from the form's root. */
  maxDepth: 64,
  /** Schema nodes visited in one listing of the form's fields (or one scope's resolution). */
  maxSteps: 20_000,
});

/** Thrown when resolving a form's schema would pass a `RESOLUTION_LIMITS` bound. */
export class SchemaTooComplexError extends Error {
  override name = 'SchemaTooComplexError';
}

/** Counts the steps of one resolution and checks its depth; throws `SchemaTooComplexError` past either limit. */
export class ResolutionBudget {
  private steps = 0;

  /** Records one step at `depth`. */
  step(depth: number): void {
    const { maxDepth, maxSteps } = RESOLUTION_LIMITS;
    if (depth > maxDepth) throw new SchemaTooComplexError(`the form's fields, $refs and combinator branches nest more than ${maxDepth} levels deep`);
    this.steps += 1;
    if (this.steps > maxSteps) throw new SchemaTooComplexError(`following the form's $refs and combinator branches takes more than ${maxSteps} steps`);
  }
}
