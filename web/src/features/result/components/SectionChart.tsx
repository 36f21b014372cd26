import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import type { SectionResult } from '../../../lib/engine';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** Score per section as bars (SVG, so it prints sharply); loaded only by pages that chart. */
export default function SectionChart({ sections }: { sections: SectionResult[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const { l, t, num } = useI18n();
  const shown = sections.filter((s) => s.score !== null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', className: 'chart-tooltip', valueFormatter: (v: number) => num(v, 1) },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', inverse: true, data: shown.map((s) => l(s.title)), axisLabel: { width: 160, overflow: 'break' } },
      series: [{ type: 'bar', data: shown.map((s) => s.score), label: { show: true, position: 'right', formatter: (p: { value: number }) => num(p.value, 1) }, itemStyle: { color: '#0b5cab' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [shown, l, num]);
  return <div ref={ref} role="img" aria-label={`${t('result.chart')}${t('common.colon')}${shown.map((s) => `${l(s.title)} ${num(s.score!, 1)}`).join(t('common.listSeparator'))}`} style={{ width: '100%', height: Math.max(160, shown.length * 48) }} />;
}
