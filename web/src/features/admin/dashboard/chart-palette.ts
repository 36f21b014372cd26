/**
 * The history charts' line colours, in series order (self-evaluation, expert evaluation, then any
 * further series). ECharts' default second colour, a pale yellow-green (#91cc75, 1.9:1 on white),
 * made the expert line hard to see; every colour here has at least the 3:1 contrast against the
 * white page that WCAG 1.4.11 asks of graphics, and each is a clearly different hue.
 */
export const CHART_PALETTE = ['#5470c6', '#c2410c', '#047857', '#7e22ce', '#525252'] as const;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
