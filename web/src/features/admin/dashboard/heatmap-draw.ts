import { ROW_HEIGHT, type HeatmapLayout } from './heatmap-layout';

/** What one window of the heat map shows: a name and a string of status letters per row, a label per column. */
export interface HeatmapPicture {
  names: string[];
  /** One letter per criterion per row (`m`, `p`, `n`, …), as the dashboard data carries them. */
  statuses: string[];
  columnLabels: string[];
  /** Fill colour of each status letter; a letter without one is left blank. */
  colors: ReadonlyMap<string, string>;
  textColor: string;
  font: string;
}

/** `text` cut with an ellipsis to fit `width` pixels in the context's current font. */
function fitted(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && ctx.measureText(`${chars.slice(0, n).join('')}…`).width > width) n--;
  return `${chars.slice(0, n).join('')}…`;
}

/**
 * Draws the window on a canvas in one pass and returns how many cells it filled. Plain canvas
 * calls instead of a chart library: 40 rows × 61 criteria are a few thousand rectangles, a few
 * milliseconds, where ECharts' layout of the same window held the main thread for about a second
 * on the shared machine (and its 450 KB had to load first).
 */
export function drawHeatmap(ctx: CanvasRenderingContext2D, layout: HeatmapLayout, picture: HeatmapPicture): number {
  const { left, cellWidth } = layout;
  ctx.clearRect(0, 0, layout.width, layout.height);
  // A 1 px white gap around each cell, as the chart's cell borders drew, where cells are wide enough.
  const gap = cellWidth >= 4 ? 1 : 0;
  let cells = 0;
  picture.statuses.forEach((letters, row) => {
    for (let column = 0; column < layout.columns; column++) {
      const color = picture.colors.get(letters[column] ?? '');
      if (!color) continue;
      ctx.fillStyle = color;
      ctx.fillRect(left + column * cellWidth, row * ROW_HEIGHT, cellWidth - gap, ROW_HEIGHT - 1);
      cells++;
    }
  });
  ctx.fillStyle = picture.textColor;
  ctx.font = picture.font;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  picture.names.forEach((name, row) => ctx.fillText(fitted(ctx, name, left - 8), left - 6, row * ROW_HEIGHT + ROW_HEIGHT / 2));
  // Column labels slant down to the left from under their column, ending at it.
  const bottom = layout.rows * ROW_HEIGHT + 4;
  for (let column = 0; column < layout.columns; column += layout.labelStep) {
    ctx.save();
    ctx.translate(left + (column + 0.5) * cellWidth, bottom);
    ctx.rotate(-Math.PI / 3);
    ctx.fillText(picture.columnLabels[column] ?? '', 0, 0);
    ctx.restore();
  }
  return cells;
}
