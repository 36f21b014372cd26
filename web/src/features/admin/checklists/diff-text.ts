import type { MessageKey } from '../../../i18n/messages';
import type { Localized } from '../../../lib/engine';
import { conditionWords, type Condition } from './condition-words';

/**
 * A value in a version diff, as data: the checklist's own words (titles, targets as results word
 * them), a catalogue phrase with values of its own, a condition, or a list. The diff is computed
 * once; these are worded in the reader's language when shown, so no language lives in the diff.
 */
export type DiffText =
  | { text: Localized }
  | { say: MessageKey; values?: Record<string, DiffText> }
  | { condition: Condition | undefined }
  | { list: DiffText[] };

/** What wording needs: the catalogue (`t`) and the language's side of a checklist text (`l`). */
export interface Wording {
  t(key: MessageKey, values?: Record<string, string | number>): string;
  l(text: Localized): string;
}

/** A text the same in both languages (an id, a number, JSON). */
export const verbatim = (s: string): DiffText => ({ text: { zh: s, en: s } });

/** `value` in the reader's language. */
export function diffText(value: DiffText, w: Wording): string {
  if ('text' in value) return w.l(value.text);
  if ('list' in value) return value.list.map((v) => diffText(v, w)).join(w.t('cl.diff.listSep'));
  if ('condition' in value) {
    return conditionWords(value.condition, { and: w.t('cl.cond.and'), or: w.t('cl.cond.or'), not: w.t('cl.cond.not'), always: w.t('cl.cond.always') });
  }
  const values = value.values && Object.fromEntries(Object.entries(value.values).map(([k, v]) => [k, diffText(v, w)]));
  return w.t(value.say, values);
}
