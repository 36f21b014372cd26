import type { CheckContext } from './check-context.js';

/** Whether a definition is format 1.1 or later (1.0 definitions keep their 1.0 behaviour). */
export const isFormat11 = (format: number) => format >= 1.1;

/**
 * The keys format 1.1 adds need `"format": 1.1` (a 1.0 reader would not know them). What 1.1
 * changes about one kind is that kind's to check (`scoring/kinds/`): a one-sided "左右" target
 * (numeric), whole numbers for a `count`; so every 1.0 definition keeps validating as before.
 */
export function checkFormatVersion(ctx: CheckContext): void {
  const d = ctx.definition;
  const v11 = isFormat11(d.format);
  const needs11 = (what: string, ...path: (string | number)[]) => {
    if (!v11) ctx.report('format-version', `${what} needs "format": 1.1`, ...path);
  };
  if (d.contextRules?.length) needs11('contextRules', 'contextRules');
  d.criteria.forEach((criterion, index) => {
    if (criterion.display) needs11('display', 'criteria', index, 'display');
  });
}
