import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import { drawHeatmap } from '../heatmap-draw';
import { cellAt, heatmapLayout } from '../heatmap-layout';
import { cellTooltip, columnLabel } from '../heatmap-labels';

/** Status letters, worst first, with the colour and word of each (the legend's order). */
const PIECES: { letter: string; color: string; word: MessageKey }[] = [
  { letter: 'n', color: '#c62828', word: 'crit.not-met' },
  { letter: 'p', color: '#f9a825', word: 'crit.partial' },
  { letter: 'm', color: '#2e7d32', word: 'crit.met' },
  { letter: 'x', color: '#bdbdbd', word: 'crit.missing' },
  { letter: 'a', color: '#eceff1', word: 'crit.not-applicable' },
  { letter: 'i', color: '#90caf9', word: 'crit.info' },
];
const COLORS = new Map(PIECES.map((p) => [p.letter, p.color]));
/** Rows drawn at once; the slider, the buttons and the mouse wheel move the window. */
export const WINDOW = 40;

interface HeatmapProps {
  dashboard: RoundDashboard;
  rows: DashboardRow[];
  onOpen(submissionId: string): void;
}

/**
 * Criterion attainment across institutions: rows institutions (in the ranking's order), columns
 * criteria, colour by status; a click opens that institution's result. Loaded only by the dashboard.
 * With nothing scored in view it says so: an empty chart only drew clipped axis labels and
 * "第 0–0 个机构，共 0 个".
 */
export default function HeatmapChart({ dashboard, rows, onOpen }: HeatmapProps) {
  const { t } = useI18n();
  const scored = useMemo(() => rows.filter((r) => r.self), [rows]);
  if (!scored.length) {
    return (
      <Alert severity="info" variant="outlined" sx={{ mt: 1 }} data-testid="heatmap-empty">
        {t('dash.heatmapEmpty')}
      </Alert>
    );
  }
  // Its own component, so that a chart appears (and is created) when scores come into view.
  return <ScoredHeatmap dashboard={dashboard} scored={scored} onOpen={onOpen} />;
}

function ScoredHeatmap({ dashboard, scored, onOpen }: Omit<HeatmapProps, 'rows'> & { scored: DashboardRow[] }) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t, l, lang } = useI18n();
  const [painted, setPainted] = useState(0);
  const [width, setWidth] = useState(0);
  const [tip, setTip] = useState<{ x: number; y: number; html: string } | null>(null);
  const [start, setStart] = useState(0);
  const last = Math.max(0, scored.length - WINDOW);
  const from = Math.min(start, last);
  const shown = useMemo(() => scored.slice(from, from + WINDOW), [scored, from]);
  useEffect(() => setStart(0), [scored]);
  const layout = useMemo(() => heatmapLayout(width, shown.length, dashboard.criteria.length), [width, shown.length, dashboard.criteria.length]);
  const columnLabels = useMemo(() => dashboard.criteria.map((c) => columnLabel(l(c.title), lang)), [dashboard, l, lang]);

  // The canvas follows its box's width (window resizes, the menu opening on a phone).
  useLayoutEffect(() => {
    const el = box.current!;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The wheel moves the window by a few rows, as scrolling a long table would. Not React's
  // onWheel: it listens passively, and the page would scroll as well.
  const lastRef = useRef(last);
  lastRef.current = last;
  useEffect(() => {
    const el = canvas.current!;
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      setStart((s) => Math.max(0, Math.min(lastRef.current, Math.min(s, lastRef.current) + (e.deltaY > 0 ? 5 : -5))));
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => el.removeEventListener('wheel', wheel);
  }, []);

  // One synchronous pass over the window, before the browser paints this commit.
  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || !width) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = Math.round(layout.width * ratio);
    el.height = Math.round(layout.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const cells = drawHeatmap(ctx, layout, {
      names: shown.map((r) => l(r.name)),
      statuses: shown.map((r) => r.self!.statuses),
      columnLabels,
      colors: COLORS,
      textColor: 'rgba(0, 0, 0, 0.7)',
      font: `11px ${getComputedStyle(el).fontFamily}`,
    });
    setPainted(cells);
  }, [layout, shown, columnLabels, l, width]);

  const pointAt = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top, cell: cellAt(layout, e.clientX - r.left, e.clientY - r.top) };
  };
  const hover = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const { x, y, cell } = pointAt(e);
    const row = cell && shown[cell.row];
    const criterion = cell && dashboard.criteria[cell.column];
    const piece = row && criterion && PIECES.find((p) => p.letter === row.self!.statuses[cell.column]);
    e.currentTarget.style.cursor = piece ? 'pointer' : 'default';
    setTip(piece ? { x, y, html: cellTooltip(l(row.name), criterion, l(criterion.title), t(piece.word), lang) } : null);
  };
  const click = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const { cell } = pointAt(e);
    const row = cell && shown[cell.row];
    if (row?.self) onOpen(row.self.submissionId);
  };
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
      <Typography variant="body2" color="text.secondary" data-testid="heatmap-range">
        {t('dash.heatmapRange', { from: from + 1, to: from + shown.length, total: scored.length })}
      </Typography>
      <Box
        ref={box}
        role="img"
        data-testid="heatmap"
        data-rows={scored.length}
        data-start={from}
        data-columns={dashboard.criteria.length}
        data-window={shown.length}
        data-cells={painted}
        aria-label={`${t('dash.heatmap')}：${scored.length} × ${dashboard.criteria.length}`}
        sx={{ position: 'relative', width: '100%', mt: 1 }}
      >
        <canvas ref={canvas} onMouseMove={hover} onMouseLeave={() => setTip(null)} onClick={click} style={{ display: 'block', width: layout.width, height: layout.height }} />
        {tip && (
          <Box
            aria-hidden
            data-testid="heatmap-tooltip"
            sx={{ position: 'absolute', left: Math.min(tip.x + 12, Math.max(0, width - 260)), top: tip.y + 12, maxWidth: 260, p: 1, bgcolor: 'background.paper', boxShadow: 3, borderRadius: 1, fontSize: 12, pointerEvents: 'none', zIndex: 1 }}
            dangerouslySetInnerHTML={{ __html: tip.html }}
          />
        )}
      </Box>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, mt: 1 }} data-testid="heatmap-legend">
        {PIECES.map((p) => (
          <Stack key={p.letter} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 14, height: 14, bgcolor: p.color, border: '1px solid rgba(0,0,0,0.2)' }} />
            <Typography variant="body2">{t(p.word)}</Typography>
          </Stack>
        ))}
      </Stack>
    </>
  );
}
