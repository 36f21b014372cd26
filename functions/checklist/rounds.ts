/**
 * The kinds of evaluation round, the built-in `round` context field's values. Its own module so the
 * scorer's context checks (which the browser loads) need none of the definition checks.
 */
export const ROUNDS = ['baseline', 'annual', 'final'] as const;
