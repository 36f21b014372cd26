import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import { PIECES } from '../heatmap-pieces';
import { HeatmapSvg } from './HeatmapSvg';
import { HeatmapTable } from './HeatmapTable';

/** Rows drawn at once; the slider, the buttons and the mouse wheel move the window. */
export const WINDOW = 40;

interface HeatmapProps {
  dashboard: RoundDashboard;
  rows: DashboardRow[];
  onOpen(submissionId: string): void;
  /** Called once, when the first window's cells are in the page (or when there is nothing scored to draw). */
  onDrawn?(): void;
}

/**
 * Criterion attainment across institutions: rows institutions (in the ranking's order), columns
 * criteria, colour by status; a click opens that institution's result. Drawn as plain SVG
 * (`HeatmapSvg`), 40 rows at a time. With nothing scored in view it says so: an empty chart only
 * drew clipped axis labels and "第 0–0 个机构，共 0 个".
 */
export function HeatmapChart({ dashboard, rows, onOpen, onDrawn }: HeatmapProps) {
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
  const { t } = useI18n();
  const [start, setStart] = useState(0);
  const [asTable, setAsTable] = useState(false);
  const last = Math.max(0, scored.length - WINDOW);
  const from = Math.min(start, last);
  const shown = useMemo(() => scored.slice(from, from + WINDOW), [scored, from]);
  useEffect(() => setStart(0), [scored]);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const toldRef = useRef(false);
  const onCells = useCallback(() => {
    if (toldRef.current) return;
    toldRef.current = true;
    onDrawnRef.current?.();
  }, []);
  // The wheel moves the window by a few rows, as scrolling a long table would.
  const onWheel = useCallback((direction: 1 | -1) => setStart((s) => Math.max(0, Math.min(last, Math.min(s, last) + direction * 5))), [last]);
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
      <HeatmapSvg criteria={dashboard.criteria} rows={shown} label={`${t('dash.heatmap')}${t('common.colon')}${scored.length} × ${dashboard.criteria.length}`} onOpen={onOpen} onWheel={onWheel} onCells={onCells} window={{ rows: scored.length, start: from }} />
      <HeatmapLegend />
    </>
  );
}

/** The colours' words, under the grid. */
function HeatmapLegend() {
  const { t } = useI18n();
  return (
    <Stack component="ul" direction="row" data-testid="heatmap-legend" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1, flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, justifyContent: 'center' }}>
      {PIECES.map((p) => (
        <Typography component="li" variant="body2" key={p.letter} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 14, background: p.color, border: '1px solid rgba(0,0,0,0.15)' }} />
          {t(p.word)}
        </Typography>
      ))}
    </Stack>
  );
}
