import { criterionFields } from './criterion-fields';
import type { MessageKey } from '../../i18n/messages';
import type { CompiledChecklist, CriterionResult, Localized, UnmetContext } from '../../lib/published-engine';

/** Whether the live score finds the criterion 不适用 to this institution (its context), whatever is answered. */
export const isNotApplicable = (result: CriterionResult | undefined): boolean => result?.status === 'not-applicable';

/**
 * Answer paths that only 不适用 criteria read (directly, or as an input of a derived value): the
 * form folds them, since nothing the institution types there can count. A field no criterion
 * reads is never in the set, nor one that any applicable criterion reads.
 */
export function notApplicableFields(compiled: CompiledChecklist, results: ReadonlyMap<string, CriterionResult>): ReadonlySet<string> {
  const applicable = new Map<string, boolean>();
  for (const criterion of compiled.definition.criteria) {
    const fields = criterionFields(compiled, criterion);
    const applies = !isNotApplicable(results.get(criterion.id));
    for (const field of fields) applicable.set(field, (applicable.get(field) ?? false) || applies);
  }
  return new Set([...applicable].filter(([, applies]) => !applies).map(([field]) => field));
}

/**
 * Why a criterion is 不适用, in the reader's words: each context value that keeps it from applying
 * (`医院为市人民医院，本项适用于市中医院`), or, where the engine cannot word it, the reason's code.
 */
export function notApplicableReason(
  result: CriterionResult,
  unmet: readonly UnmetContext[],
  words: { t(key: MessageKey, values?: Record<string, string | number>): string; l(text: Localized | undefined): string },
): string {
  if (result.reason === 'no-target-for-context') return words.t('crit.na.noTarget');
  if (!unmet.length) return words.t('crit.na.condition');
  return unmet.map((u) => (u.actual ? words.t('crit.na.unmet', { label: words.l(u.label), actual: words.l(u.actual), need: words.l(u.need) }) : words.t('crit.na.unset', { label: words.l(u.label), need: words.l(u.need) }))).join(words.t('crit.na.separator'));
}
