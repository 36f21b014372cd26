import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import { echarts } from '../heatmap-echarts';
import { cellTooltip, COLUMN_LENGTH, ROW_LENGTH, shortLabels } from '../heatmap-labels';
import { heatmapOption, type HeatCell } from '../heatmap-option';
import { PIECE_OF_LETTER, PIECES } from '../heatmap-pieces';
import { HeatmapTable } from './HeatmapTable';

export { warmHeatmap } from '../warm-heatmap';

/** Rows drawn at once; the slider, the buttons and the mouse wheel move the window. */
export const WINDOW = 40;

interface HeatmapProps {
  dashboard: RoundDashboard;
  rows: DashboardRow[];
  onOpen(submissionId: string): void;
  /** Called once, when the first window's cells are drawn (or when there is nothing scored to draw). */
  onDrawn?(): void;
}

/**
 * Criterion attainment across institutions: rows institutions (in the ranking's order), columns
 * criteria, colour by status; a click opens that institution's result. Loaded only by the dashboard.
 * With nothing scored in view it says so: an empty chart only drew clipped axis labels and
 * "第 0–0 个机构，共 0 个".
 */
export default function HeatmapChart({ dashboard, rows, onOpen, onDrawn }: HeatmapProps) {
  const { t } = useI18n();
  const scored = useMemo(() => rows.filter((r) => r.self), [rows]);
  const empty = !scored.length;
  const drawnRef = useRef(onDrawn);
  drawnRef.current = onDrawn;
  useEffect(() => {
    if (empty) drawnRef.current?.();
  }, [empty]);
  if (empty) {
    return (
      <Alert severity="info" variant="outlined" sx={{ mt: 1 }} data-testid="heatmap-empty">
        {t('dash.heatmapEmpty')}
      </Alert>
    );
  }
  // Its own component, so that the chart is created when scores come into view.
  return <ScoredHeatmap dashboard={dashboard} scored={scored} onOpen={onOpen} onDrawn={onDrawn} />;
}

function ScoredHeatmap({ dashboard, scored, onOpen, onDrawn }: Omit<HeatmapProps, 'rows'> & { scored: DashboardRow[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, l, lang } = useI18n();
  const [painted, setPainted] = useState(0);
  const [start, setStart] = useState(0);
  const [asTable, setAsTable] = useState(false);
  const last = Math.max(0, scored.length - WINDOW);
  const from = Math.min(start, last);
  const shown = useMemo(() => scored.slice(from, from + WINDOW), [scored, from]);
  useEffect(() => setStart(0), [scored]);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const toldRef = useRef(false);
  const rowsRef = useRef(shown);
  rowsRef.current = shown;
  const drawnRef = useRef(false);
  // Each axis label shown → the full title or name it stands for, told on hover.
  const fullRef = useRef(new Map<string, string>());
  const lastRef = useRef(last);
  lastRef.current = last;
  // One chart per element: React may run this effect's cleanup and setup again around the same
  // element (strict mode, a Suspense above it), so the instance is looked up rather than re-created, and it is
  // disposed only once the element has left the page, a moment later, so that a frame zrender has
  // already scheduled cannot paint into a disposed painter.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.getInstanceByDom(el) ?? echarts.init(el, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    chart.off('click');
    chart.on('click', (p) => {
      const y = (p.data as [number, number, number] | undefined)?.[1];
      const row = y === undefined ? undefined : rowsRef.current[y];
      if (row?.self) openRef.current(row.self.submissionId);
    });
    // A cut axis label says its whole title or name on hover (the chart is SVG: the element's title).
    chart.off('mouseover');
    chart.off('mouseout');
    chart.on('mouseover', (p) => {
      if (p.componentType === 'xAxis' || p.componentType === 'yAxis') el.title = fullRef.current.get(String(p.value)) ?? '';
    });
    chart.on('mouseout', (p) => {
      if (p.componentType === 'xAxis' || p.componentType === 'yAxis') el.title = '';
    });
    // The wheel moves the window by a few rows, as scrolling a long table would.
    const wheel = (e: { wheelDelta: number; event: { preventDefault(): void } }) => {
      e.event.preventDefault();
      setStart((s) => Math.max(0, Math.min(lastRef.current, Math.min(s, lastRef.current) + (e.wheelDelta < 0 ? 5 : -5))));
    };
    chart.getZr().on('mousewheel', wheel);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.getZr().off('mousewheel', wheel);
      chartRef.current = null;
      setTimeout(() => {
        if (!el.isConnected && !chart.isDisposed()) chart.dispose();
      }, 1000);
    };
  }, []);
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const data: HeatCell[] = [];
    shown.forEach((r, y) => {
      const s = r.self!.statuses;
      for (let x = 0; x < s.length; x++) {
        const v = PIECE_OF_LETTER.get(s[x]!)?.value;
        if (v !== undefined) data.push([x, y, v]);
      }
    });
    const draw = () => {
      chart.off('finished');
      chart.on('finished', () => {
        setPainted(data.length);
        if (toldRef.current) return;
        toldRef.current = true;
        onDrawnRef.current?.();
      });
      chart.resize();
      const titles = dashboard.criteria.map((c) => l(c.title));
      const names = shown.map((r) => l(r.name));
      const columns = shortLabels(titles, COLUMN_LENGTH[lang]);
      const rows = shortLabels(names, ROW_LENGTH[lang]);
      fullRef.current = new Map([...columns.map((c, i) => [c, titles[i]!] as const), ...rows.map((r, i) => [r, names[i]!] as const)]);
      chart.setOption(
        heatmapOption({
          columns,
          rows,
          cells: data,
          pieces: PIECES.map((p) => ({ value: p.value, color: p.color, label: t(p.word) })),
          tooltip: ([x, y, v]) => {
            const criterion = dashboard.criteria[x]!;
            return cellTooltip(l(shown[y]!.name), criterion, l(criterion.title), t(PIECES.find((q) => q.value === v)!.word), lang);
          },
        }),
        { notMerge: true },
      );
    };
    // The first window is drawn at once: this component mounts only after the ranking has painted
    // (the page's `useAfterPaint`), so waiting a further frame and task only delayed the heat map.
    // Later windows (the slider, the wheel) are drawn once per frame, however many moves it saw.
    if (!drawnRef.current) {
      drawnRef.current = true;
      draw();
      return;
    }
    const frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [shown, dashboard, l, t, lang]);
  const height = Math.max(200, shown.length * 18 + 140);
  const range = t('dash.heatmapRange', { from: shown.length ? from + 1 : 0, to: from + shown.length, total: scored.length });
  return (
    <>
      {scored.length > WINDOW && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', my: 1 }} className="no-print">
          <Button size="small" disabled={from === 0} onClick={() => setStart(Math.max(0, from - WINDOW))}>{t('dash.heatmapPrev')}</Button>
          <Slider
            size="small"
            min={0}
            max={last}
            value={from}
            onChange={(_, v) => setStart(v as number)}
            aria-label={t('dash.heatmapWindow')}
            getAriaValueText={(v) => t('dash.heatmapRange', { from: v + 1, to: Math.min(v + WINDOW, scored.length), total: scored.length })}
            sx={{ flex: 1 }}
          />
          <Button size="small" disabled={from >= last} onClick={() => setStart(Math.min(last, from + WINDOW))}>{t('dash.heatmapNext')}</Button>
        </Stack>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" data-testid="heatmap-range" sx={{ flexGrow: 1 }}>
          {range}
        </Typography>
        <Button size="small" className="no-print" aria-expanded={asTable} onClick={() => setAsTable(!asTable)}>
          {t(asTable ? 'dash.heatmapTableHide' : 'dash.heatmapTableShow')}
        </Button>
      </Stack>
      {asTable && <HeatmapTable dashboard={dashboard} rows={shown} caption={`${t('dash.heatmap')}${t('common.colon')}${range}`} />}
      <div
        ref={ref}
        role="img"
        data-testid="heatmap"
        data-rows={scored.length}
        data-start={from}
        data-columns={dashboard.criteria.length}
        data-window={shown.length}
        data-cells={painted}
        aria-label={`${t('dash.heatmap')}${t('common.colon')}${scored.length} × ${dashboard.criteria.length}`}
        style={{ width: '100%', height }}
      />
    </>
  );
}
