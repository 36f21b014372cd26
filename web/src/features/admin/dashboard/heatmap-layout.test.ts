import { describe, expect, it } from 'vitest';
import { cellAt, heatmapLayout, LABEL_BAND, ROW_HEIGHT } from './heatmap-layout';

describe('heat map layout', () => {
  it('gives the cells what the names leave of the width, every row its height and the labels a band below', () => {
    const layout = heatmapLayout(1200, 40, 61);
    expect(layout.left).toBe(150);
    expect(layout.cellWidth).toBeCloseTo((1200 - 150 - 8) / 61);
    expect(layout.height).toBe(40 * ROW_HEIGHT + LABEL_BAND);
    expect(layout.labelStep).toBe(1);
  });

  it('on a phone keeps the names narrower and labels only every few columns, so labels do not overlap', () => {
    const layout = heatmapLayout(340, 40, 61);
    expect(layout.left).toBe(102);
    expect(layout.labelStep).toBeGreaterThan(1);
    expect(layout.cellWidth * layout.labelStep).toBeGreaterThanOrEqual(12);
  });

  it('finds the cell under the pointer, and none over the names or the labels', () => {
    const layout = heatmapLayout(1200, 40, 61);
    expect(cellAt(layout, 151, 1)).toEqual({ column: 0, row: 0 });
    expect(cellAt(layout, 150 + layout.cellWidth * 60.5, ROW_HEIGHT * 39.5)).toEqual({ column: 60, row: 39 });
    expect(cellAt(layout, 100, 10)).toBeNull();
    expect(cellAt(layout, 400, ROW_HEIGHT * 40 + 5)).toBeNull();
    expect(cellAt(layout, 1199, 10)).toBeNull();
  });
});
