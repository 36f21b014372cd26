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

/** Text made safe to place in the tooltip's HTML (titles and names are typed by administrators). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A cell's tooltip (HTML): the institution, the criterion's full title and plan clause, the status. */
export function cellTooltip(institution: string, criterion: Criterion, title: string, status: string, lang: 'zh' | 'en'): string {
  const clause = lang === 'zh' ? `（${escapeHtml(criterion.clause)}）` : ` (${escapeHtml(criterion.clause)})`;
  return `${escapeHtml(institution)}<br/>${escapeHtml(title)}${clause}${lang === 'zh' ? '：' : ': '}${escapeHtml(status)}`;
}
