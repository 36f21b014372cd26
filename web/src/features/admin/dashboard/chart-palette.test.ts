import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, contrastRatio } from './chart-palette';

/** Hue in degrees of a `#rrggbb` colour, or undefined for a grey. */
function hue(hex: string): number | undefined {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d < 0.05) return undefined;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('history chart colours', () => {
  it('computes WCAG contrast as the spec does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#91cc75', '#ffffff')).toBeLessThan(3);
  });

  it('draws every line, the expert line included, at 3:1 or more against the white page', () => {
    for (const colour of CHART_PALETTE) expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });

  it('gives every series a clearly different colour', () => {
    const hues = CHART_PALETTE.map(hue).filter((h): h is number => h !== undefined);
    for (let i = 0; i < hues.length; i++) {
      for (let j = i + 1; j < hues.length; j++) {
        const apart = Math.abs(hues[i]! - hues[j]!);
        expect(Math.min(apart, 360 - apart)).toBeGreaterThanOrEqual(40);
      }
    }
    expect(new Set(CHART_PALETTE).size).toBe(CHART_PALETTE.length);
  });
});
