import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import type { Latch } from '../paint-latch';
import { afterNextPaint, useAfterPaint } from '../use-after-paint';
import { HeatmapChart } from './HeatmapChart';

interface HeatmapSectionProps {
  dashboard: RoundDashboard;
  rows: DashboardRow[];
  onOpen(submissionId: string): void;
  /** Opened after the paint that shows the heat map's first window: what waits for it renders then. */
  drawn: Latch;
}

/**
 * The heat map's block. Its grid is rendered once the ranking is on screen (the heat map's 2,400
 * cells never hold back the ranking's first paint), by this block's own state: the page is not
 * rendered again for it.
 */
export function HeatmapSection({ dashboard, rows, onOpen, drawn }: HeatmapSectionProps) {
  const { t } = useI18n();
  const below = useAfterPaint(true);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} className="report-block">
      <Typography variant="h6" component="h2">{t('dash.heatmap')}</Typography>
      <Typography variant="body2" color="text.secondary">{t('dash.heatmapHelp')}</Typography>
      {below ? <HeatmapChart dashboard={dashboard} rows={rows} onOpen={onOpen} onDrawn={() => afterNextPaint(() => drawn.open())} /> : <PageState />}
    </Paper>
  );
}
