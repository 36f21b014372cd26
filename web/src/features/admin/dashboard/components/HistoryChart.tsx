import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import { CHART_PALETTE } from '../chart-palette';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One line of the chart: a value per label, null where there is none. */
export interface HistorySeries {
  name: string;
  data: (number | null)[];
}

/** Totals (0–100) round by round, one line per series (SVG: prints sharply). */
export default function HistoryChart({ series, labels, label }: { series: HistorySeries[]; labels: string[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { num } = useI18n();
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: [...CHART_PALETTE],
      // The legend sits under the chart on one scrolling line: at the top it wrapped (phone, long
      // names) and covered the axis's "100" label and the first points.
      legend: { type: 'scroll', bottom: 0, left: 'center' },
      tooltip: { trigger: 'axis', className: 'chart-tooltip', valueFormatter: (v: number) => num(v, 1) },
      grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: series.map((s) => ({ ...s, type: 'line' as const, connectNulls: true })),
    });
    return () => chart.dispose();
  }, [series, labels, num]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 260 }} />;
}
