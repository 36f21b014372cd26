import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DashboardRow } from '../api/queries';
import type { DashboardLinks } from '../dashboard-links';
import { gapRows } from '../dashboard-model';
import { useLatch, type Latch } from '../paint-latch';
import { GapTable } from './GapTable';

/**
 * Self vs expert, the last block: rendered after the heat map's first window is on screen
 * (`drawn`). Rendered earlier, its table (≈ 0.15 s at load 10) ran in the 300 ms React held the
 * heat map back, or between the chart's layout and the frame that showed it (test/bench/README.md).
 */
export function GapSection({ rows, drawn, links }: { rows: DashboardRow[]; drawn: Latch; links: DashboardLinks }) {
  const { t } = useI18n();
  const show = useLatch(drawn);
  const items = useMemo(() => (show ? gapRows(rows) : []), [show, rows]);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} className="report-block">
      <Typography variant="h6" component="h2">{t('dash.gaps')}</Typography>
      {show ? <GapTable items={items} links={links} /> : <PageState />}
    </Paper>
  );
}
