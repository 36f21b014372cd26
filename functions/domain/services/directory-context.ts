import type { Issue } from '../errors.js';
import { checkContextValue, contextProblemText, type ContextColumn } from './import/context-columns.js';

/**
 * Checks the context an administrator gives an institution or a region against what the published
 * checklists of that subject declare (`columns`), with the import's rule and codes: a key no
 * checklist declares is `unknown-column`, a code none takes `not-allowed`, text where a number is
 * read `not-a-number`, each at `/context/<key>`. Returns the context as stored (a number typed as
 * "35" in a numeric field is 35) and the issues.
 *
 * A value the record already holds, sent back unchanged, passes: a checklist retired since (or a
 * record stored before these checks) must not stop an edit of the name or region, and the edit
 * dialog sends every value back. Changing it, or adding a key, is checked.
 */
export function checkRecordContext(
  columns: ReadonlyMap<string, ContextColumn>,
  context: Readonly<Record<string, string | number>>,
  stored: Readonly<Record<string, string | number>> = {},
): { context: Record<string, string | number>; issues: Issue[] } {
  const checkedContext: Record<string, string | number> = {};
  const issues: Issue[] = [];
  for (const [key, raw] of Object.entries(context)) {
    if (Object.hasOwn(stored, key) && stored[key] === raw) {
      checkedContext[key] = raw;
      continue;
    }
    const checked = checkContextValue(columns, key, raw);
    if ('value' in checked) checkedContext[key] = checked.value;
    else {
      const { code, message, params } = contextProblemText(key, raw, checked.problem);
      issues.push({ path: `/context/${key}`, code, message: `${key}: ${message}`, params: { key, ...params } });
    }
  }
  return { context: checkedContext, issues };
}
