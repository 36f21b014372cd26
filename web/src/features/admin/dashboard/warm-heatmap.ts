import { echarts } from './heatmap-echarts';
import { heatmapOption } from './heatmap-option';
import { PIECES } from './heatmap-pieces';

/**
 * Draws a heat map of two cells off screen and throws it away, while the dashboard's data is still
 * on its way: the first real window then runs code V8 has already compiled (ECharts' heat map,
 * axes, visual map, tooltip and SVG painter are compiled lazily, on first call), where that
 * compiling used to come after the ranking's paint, inside the heat map's first-window time. Nothing of it is shown: the element is outside the viewport, hidden from
 * assistive technology, and removed at once.
 */
export function warmHeatmap(): void {
  const el = document.createElement('div');
  el.setAttribute('aria-hidden', 'true');
  el.style.cssText = 'position:fixed;left:-10000px;top:0;width:320px;height:160px;visibility:hidden';
  document.body.append(el);
  try {
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    // The pieces' letters stand in for labels (measured and truncated by the same code as real ones).
    const labels = PIECES.map((p) => p.letter);
    chart.setOption(heatmapOption({ columns: labels.slice(0, 2), rows: labels.slice(2, 4), cells: [[0, 0, 0], [1, 1, 2]], pieces: PIECES.map((p) => ({ value: p.value, color: p.color, label: p.letter })), tooltip: () => '' }));
    chart.dispose();
  } finally {
    el.remove();
  }
}
