import { PIECE_OF_LETTER } from './heatmap-pieces';

/** Room for the institutions' names, left of the cells (px). */
export const LABEL_WIDTH = 150;
/** Room for the criteria's short titles, rotated, above the cells (px). */
export const HEADER_HEIGHT = 96;
/** One institution's row (px). */
export const ROW_HEIGHT = 18;
/** A column is never narrower than this: on a phone the grid scrolls sideways rather than shrinking into specks. */
export const MIN_COLUMN = 14;
const MAX_COLUMN = 40;
/** Column width (px) below which the criteria's titles stand upright instead of slanted 60°. */
export const UPRIGHT_BELOW = 20;

/** One drawn cell: its column (criterion), row (institution in the window) and status colour. */
export interface GridCell {
  x: number;
  y: number;
  color: string;
}

/** Where the heat map's cells go, for a window of rows in a box `width` px wide. */
export interface HeatGrid {
  /** A column's width (px); rows are `ROW_HEIGHT`. */
  column: number;
  width: number;
  height: number;
  /** Cells with a status (not-scored criteria, `-`, leave a gap). */
  cells: GridCell[];
}

/**
 * The heat map's geometry: the columns share the width left of the names (within 14–40 px), and
 * each criterion of each row with a status is a cell in its colour. Pure, so the page draws it
 * as plain SVG in one render: ECharts took 0.5 s (quiet) to 2 s (loaded) for the same window.
 */
export function heatmapGrid(statuses: readonly string[], columns: number, width: number): HeatGrid {
  const column = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, Math.floor((width - LABEL_WIDTH) / Math.max(1, columns))));
  const cells: GridCell[] = [];
  statuses.forEach((s, y) => {
    for (let x = 0; x < columns; x++) {
      const piece = PIECE_OF_LETTER.get(s[x] ?? '-');
      if (piece) cells.push({ x, y, color: piece.color });
    }
  });
  return { column, width: LABEL_WIDTH + column * columns, height: HEADER_HEIGHT + ROW_HEIGHT * statuses.length, cells };
}

/** The cell under a point of the drawing (px from its top left corner), if it is on one. */
export function cellAt(grid: HeatGrid, columns: number, rows: number, px: number, py: number): { x: number; y: number } | undefined {
  const x = Math.floor((px - LABEL_WIDTH) / grid.column);
  const y = Math.floor((py - HEADER_HEIGHT) / ROW_HEIGHT);
  return px >= LABEL_WIDTH && py >= HEADER_HEIGHT && x < columns && y < rows ? { x, y } : undefined;
}

/**
 * The column whose title is under a point of the header (px from the drawing's top left corner),
 * if any. A finger has no hover to show a title's `<title>`, so a tap on a title says which one to
 * show in full. Upright titles stand in their column; slanted ones lean right as they rise.
 */
export function columnAt(grid: HeatGrid, columns: number, px: number, py: number): number | undefined {
  if (py < 0 || py >= HEADER_HEIGHT) return undefined;
  const rise = Math.max(0, HEADER_HEIGHT - 4 - py);
  const lean = grid.column < UPRIGHT_BELOW ? 0 : rise / Math.tan(Math.PI / 3);
  const x = Math.floor((px - LABEL_WIDTH - lean) / grid.column);
  return x >= 0 && x < columns ? x : undefined;
}
