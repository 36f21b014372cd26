import type { RoundDashboard } from './api/queries';

type Criterion = RoundDashboard['criteria'][number];

/** Characters a column label keeps: Chinese titles are dense, English ones need about twice as many. */
export const COLUMN_LENGTH = { zh: 8, en: 16 } as const;
/** Characters a row label keeps (the axis gives names about 140 px at 11 px a character). */
export const ROW_LENGTH = { zh: 11, en: 22 } as const;

/** `chars` cut to `max` characters with an ellipsis standing for the middle, keeping `tail` of the end. */
function cut(chars: string[], max: number, tail: number): string {
  return `${chars.slice(0, max - 1 - tail).join('')}…${tail > 0 ? chars.slice(-tail).join('') : ''}`;
}

/**
 * Axis labels for the heat map: each text (a criterion's title, an institution's name, in the
 * reader's language, never an id) whole when it fits in `max` characters, else cut in the middle,
 * so the end that tells names apart survives (甲县第三人民医院 and 甲县第四人民医院 both
 * start 甲县第). Where two different texts would still read the same, more of their end is kept.
 * The full text is in the tooltip, on hover and in the table.
 */
export function shortLabels(texts: readonly string[], max: number): string[] {
  const chars = texts.map((t) => [...t.trim()]);
  const tails = chars.map(() => Math.floor((max - 1) / 2));
  const label = (i: number) => (chars[i]!.length <= max ? chars[i]!.join('') : cut(chars[i]!, max, tails[i]!));
  const labels = texts.map((_, i) => label(i));
  for (let round = 0; round < max; round++) {
    const byLabel = new Map<string, number[]>();
    labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
    const clashing = [...byLabel.values()].filter((ids) => new Set(ids.map((i) => texts[i]!.trim())).size > 1).flat();
    const movable = clashing.filter((i) => chars[i]!.length > max && tails[i]! < max - 2);
    if (!movable.length) break;
    for (const i of movable) {
      tails[i]! += 1;
      labels[i] = label(i);
    }
  }
  return labels;
}

/**
 * A cell's tooltip, two lines of plain text (React escapes them: a typed name never becomes
 * markup): the institution, then the criterion's full title with its plan clause and the status.
 */
export function cellTooltip(institution: string, criterion: Criterion, title: string, status: string, lang: 'zh' | 'en'): [string, string] {
  const clause = lang === 'zh' ? `（${criterion.clause}）` : ` (${criterion.clause})`;
  return [institution, `${title}${clause}${lang === 'zh' ? '：' : ': '}${status}`];
}
