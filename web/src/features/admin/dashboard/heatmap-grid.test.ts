import { describe, expect, it } from 'vitest';
import { cellAt, heatmapGrid, HEADER_HEIGHT, LABEL_WIDTH, MIN_COLUMN, ROW_HEIGHT } from './heatmap-grid';
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
});
