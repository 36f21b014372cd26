import Box from '@mui/material/Box';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import { PIECE_OF_LETTER } from '../heatmap-pieces';

/** Plain cells styled once for the table (up to 40 × 100 of them), not a styled component each. */
const SX = {
  overflow: 'auto',
  maxHeight: 480,
  mt: 1,
  '& table': { borderCollapse: 'collapse', typography: 'body2' },
  '& caption': { textAlign: 'left', captionSide: 'top', pb: 1, color: 'text.secondary' },
  '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: '2px', whiteSpace: 'nowrap' },
  // Criterion titles in full (a screen reader reads each cell with its header), wrapped to a few lines.
  '& thead th': { position: 'sticky', top: 0, bgcolor: 'background.paper', fontWeight: 500, whiteSpace: 'normal', minWidth: '6em', maxWidth: '10em', verticalAlign: 'bottom' },
  '& tbody th': { textAlign: 'left', fontWeight: 400 },
} as const;

/**
 * The heat map's window as a table, for a screen reader or whoever prefers words to colours: the
 * same rows and criteria as the chart, each cell the status in words. Rendered only on request:
 * 2,440 cells are no part of the dashboard's first paint.
 */
export function HeatmapTable({ dashboard, rows, caption }: { dashboard: RoundDashboard; rows: DashboardRow[]; caption: string }) {
  const { t, l } = useI18n();
  return (
    // Scrolls on its own (61 columns, 40 rows): a named, focusable region, so a keyboard can scroll it too.
    <Box sx={SX} data-testid="heatmap-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.institution')}</th>
            {dashboard.criteria.map((c) => (
              <th scope="col" key={c.id}>{l(c.title)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.institutionId} data-institution={r.institutionId}>
              <th scope="row">{l(r.name)}</th>
              {dashboard.criteria.map((c, x) => {
                const piece = PIECE_OF_LETTER.get(r.self?.statuses[x] ?? '-');
                return <td key={c.id}>{piece ? t(piece.word) : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
