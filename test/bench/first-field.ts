/**
 * What a user sees as the form being interactive: the first field that applies accepting input.
 * A field that only 不适用 criteria read is folded (`data-applies="false"`, its control inside a
 * closed `<details>`), so its input exists but is hidden: the largest checklist's first field is
 * one for the bench's county, and waiting for it hung the bench for its whole timeout.
 */
export const FIRST_FIELD = '[data-field]:not([data-applies="false"]) input:not([disabled])';
