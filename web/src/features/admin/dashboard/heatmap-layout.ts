/** Height of one institution's row, in CSS pixels. */
export const ROW_HEIGHT = 18;
/** Room under the cells for the criteria's labels, slanted as the axis labels were. */
export const LABEL_BAND = 96;
/** A column label is written only every few columns where columns are too narrow to hold one each. */
const LABEL_SPACING = 12;

/** Where a heat map's cells sit on its canvas: a column of names on the left, cells, labels below. */
export interface HeatmapLayout {
  width: number;
  height: number;
  /** Left edge of the cells: the names' column is this wide. */
  left: number;
  cellWidth: number;
  rows: number;
  columns: number;
  /** Every `labelStep`-th column gets its label (1 when each fits). */
  labelStep: number;
}

/** The layout of `rows` × `columns` cells on a canvas `width` CSS pixels wide. */
export function heatmapLayout(width: number, rows: number, columns: number): HeatmapLayout {
  // Names take at most 150 px, less on a phone, so that the cells keep most of the width.
  const left = Math.round(Math.min(150, Math.max(80, width * 0.3)));
  const cellWidth = Math.max(2, (width - left - 8) / Math.max(1, columns));
  return { width, height: rows * ROW_HEIGHT + LABEL_BAND, left, cellWidth, rows, columns, labelStep: Math.max(1, Math.ceil(LABEL_SPACING / cellWidth)) };
}

/** The cell under point (`x`, `y`) of the canvas, or null between and outside the cells. */
export function cellAt(layout: HeatmapLayout, x: number, y: number): { column: number; row: number } | null {
  if (x < layout.left || y < 0) return null;
  const column = Math.floor((x - layout.left) / layout.cellWidth);
  const row = Math.floor(y / ROW_HEIGHT);
  return column < layout.columns && row < layout.rows ? { column, row } : null;
}
