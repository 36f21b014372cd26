/** One drawn cell: column (criterion), row (institution in the window), heat value. */
export type HeatCell = [number, number, number];

/** What the heat map's option is made from, already in the reader's language. */
export interface HeatmapOptionInput {
  /** Column labels (criteria, shortened by `shortLabels`). */
  columns: string[];
  /** Row labels (institutions of the window, in the ranking's order, shortened by `shortLabels`). */
  rows: string[];
  cells: HeatCell[];
  /** The legend: each heat value with its colour and word. */
  pieces: { value: number; color: string; label: string }[];
  /** A cell's tooltip (HTML). */
  tooltip(cell: HeatCell): string;
}

/**
 * The heat map's ECharts option: one function for the chart and for its warm-up
 * (`warm-heatmap.ts`), so the warm-up runs exactly the code paths the first window will.
 */
export function heatmapOption({ columns, rows, cells, pieces, tooltip }: HeatmapOptionInput) {
  return {
    animation: false,
    tooltip: { formatter: (p: { data: HeatCell }) => tooltip(p.data) },
    grid: { left: 8, right: 16, top: 8, bottom: 72, containLabel: true },
    // Columns are named by the criterion's short title in the reader's language (never its id).
    // Labels come cut already (`shortLabels`); `triggerEvent` lets a hover on one tell the full text.
    xAxis: { type: 'category', data: columns, triggerEvent: true, axisLabel: { rotate: 60, fontSize: 10, interval: 0 }, splitArea: { show: true } },
    yAxis: { type: 'category', inverse: true, data: rows, triggerEvent: true, axisLabel: { fontSize: 11, width: 140, overflow: 'truncate' } },
    visualMap: { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, pieces },
    series: [{ type: 'heatmap', data: cells, progressive: 0, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  };
}
