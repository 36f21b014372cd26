import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// SVG, not canvas; and only one window of rows at a time: a round of 1,000 institutions and 60
// criteria is 60,000 cells, which ECharts takes seconds to lay out, while 40 rows take a fraction.
// SVG because headless Chromium's software drawing (and any screen above 1×) charged the canvas
// for every pixel: 40 rows × 61 criteria drawn alone and painted (two frames), same run, load
// 17–19: canvas 931 ms, SVG 309 ms; at 2× pixel ratio 5.5 s, 1.5 s with `devicePixelRatio: 1`,
// 0.78 s in SVG (test/bench/README.md). The SVG renderer is also the other charts' (shared chunk).
echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

/** ECharts' core with what the heat map draws with (and only that): its chart and its warm-up share it. */
export { echarts };
