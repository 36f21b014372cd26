import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { InstitutionHistory } from '../api/queries';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Totals round by round, one line per kind of evaluation (SVG: prints sharply). */
export default function HistoryChart({ history, labels }: { history: InstitutionHistory; labels: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, num } = useI18n();
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const keys = [...new Set(history.points.map((p) => `${p.roundId}`))];
    const series = (['self', 'expert'] as const).map((kind) => ({
      name: kind === 'self' ? t('progress.self') : t('progress.expert'),
      type: 'line' as const,
      connectNulls: true,
      data: keys.map((k) => history.points.find((p) => p.roundId === k && p.kind === kind)?.total ?? null),
    }));
    chart.setOption({
      animation: false,
      legend: {},
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => num(v, 1) },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', min: 0, max: 100 },
      series,
    });
    return () => chart.dispose();
  }, [history, labels, t, num]);
  return <div ref={ref} role="img" aria-label={t('history.chart')} style={{ width: '100%', height: 260 }} />;
}
