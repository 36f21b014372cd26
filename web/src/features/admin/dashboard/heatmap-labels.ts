import type { RoundDashboard } from './api/queries';

type Criterion = RoundDashboard['criteria'][number];

/** Characters a column label keeps: Chinese titles are dense, English ones need about twice as many. */
const SHORT_LENGTH = { zh: 8, en: 16 } as const;

/**
 * A heat map column's label: the criterion's title in the reader's language, cut to a few
 * characters with an ellipsis (the axis has about 20 px a column), never its id, which is an
 * English slug (`surgery-share`) a Chinese reader cannot use. The full title is in the tooltip.
 */
export function columnLabel(title: string, lang: 'zh' | 'en'): string {
  const chars = [...title.trim()];
  const max = SHORT_LENGTH[lang];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A cell's tooltip, two lines of plain text (React escapes them: a typed name never becomes
 * markup): the institution, then the criterion's full title with its plan clause and the status.
 */
export function cellTooltip(institution: string, criterion: Criterion, title: string, status: string, lang: 'zh' | 'en'): [string, string] {
  const clause = lang === 'zh' ? `（${criterion.clause}）` : ` (${criterion.clause})`;
  return [institution, `${title}${clause}${lang === 'zh' ? '：' : ': '}${status}`];
}
