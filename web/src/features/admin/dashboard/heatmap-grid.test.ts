import { describe, expect, it } from 'vitest';
import { cellAt, columnAt, heatmapGrid, HEADER_HEIGHT, LABEL_WIDTH, MIN_COLUMN, ROW_HEIGHT } from './heatmap-grid';
import { PIECE_OF_LETTER } from './heatmap-pieces';

describe('heatmapGrid', () => {
  it('draws one cell per scored criterion in its status colour, leaving not-scored ones blank', () => {
    const grid = heatmapGrid(['mn-', 'pxa'], 3, 1000);
    expect(grid.cells).toEqual([
      { x: 0, y: 0, color: PIECE_OF_LETTER.get('m')!.color },
      { x: 1, y: 0, color: PIECE_OF_LETTER.get('n')!.color },
      { x: 0, y: 1, color: PIECE_OF_LETTER.get('p')!.color },
      { x: 1, y: 1, color: PIECE_OF_LETTER.get('x')!.color },
      { x: 2, y: 1, color: PIECE_OF_LETTER.get('a')!.color },
    ]);
    expect(grid.height).toBe(HEADER_HEIGHT + 2 * ROW_HEIGHT);
  });

  it('fits 61 columns into a desktop width and scrolls on a phone rather than shrinking the cells', () => {
    const desktop = heatmapGrid(['m'], 61, 1200);
    expect(desktop.width).toBeLessThanOrEqual(1200);
    expect(desktop.column).toBeGreaterThanOrEqual(MIN_COLUMN);
    const phone = heatmapGrid(['m'], 61, 350);
    expect(phone.column).toBe(MIN_COLUMN);
    expect(phone.width).toBe(LABEL_WIDTH + 61 * MIN_COLUMN);
  });

  it('finds the cell under the pointer, and none over the names or the titles', () => {
    const grid = heatmapGrid(['mm', 'mm'], 2, LABEL_WIDTH + 80);
    expect(cellAt(grid, 2, 2, LABEL_WIDTH + grid.column + 1, HEADER_HEIGHT + ROW_HEIGHT + 1)).toEqual({ x: 1, y: 1 });
    expect(cellAt(grid, 2, 2, LABEL_WIDTH - 1, HEADER_HEIGHT + 1)).toBeUndefined();
    expect(cellAt(grid, 2, 2, LABEL_WIDTH + 1, HEADER_HEIGHT - 1)).toBeUndefined();
    expect(cellAt(grid, 2, 2, LABEL_WIDTH + 1, HEADER_HEIGHT + 2 * ROW_HEIGHT + 1)).toBeUndefined();
  });

  it("finds the title a finger taps over a column: upright on a phone's narrow columns, leaning right when slanted", () => {
    const phone = heatmapGrid(['m'], 61, 350);
    expect(phone.column).toBe(MIN_COLUMN);
    expect(columnAt(phone, 61, LABEL_WIDTH + MIN_COLUMN + 2, 10)).toBe(1);
    expect(columnAt(phone, 61, LABEL_WIDTH + 2, HEADER_HEIGHT - 10)).toBe(0);
    expect(columnAt(phone, 61, LABEL_WIDTH - 2, 10)).toBeUndefined();
    expect(columnAt(phone, 61, LABEL_WIDTH + 2, HEADER_HEIGHT + 1)).toBeUndefined();
    expect(columnAt(phone, 61, LABEL_WIDTH + 61 * MIN_COLUMN + 2, 10)).toBeUndefined();
    const wide = heatmapGrid(['mmm'], 3, LABEL_WIDTH + 120);
    expect(wide.column).toBe(40);
    // 52 px above the titles' foot a slanted title has leant 30 px right: over column 1, it is column 0's.
    expect(columnAt(wide, 3, LABEL_WIDTH + 40 + 5, HEADER_HEIGHT - 4 - 52)).toBe(0);
    expect(columnAt(wide, 3, LABEL_WIDTH + 40 + 5, HEADER_HEIGHT - 6)).toBe(1);
  });
});
