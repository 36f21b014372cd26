import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router-dom';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DashboardLinks } from '../dashboard-links';
import type { gapRows } from '../dashboard-model';
import { ScrollBox } from './ScrollBox';

/**
 * On a phone: narrower cells, and headers on one line each (squeezed to 390 px they broke into a
 * character a line, 总/分); where the columns then do not fit, the table scrolls in its box with the
 * institution's name kept in view at the left. A name breaks between words, never inside one.
 */
const GAP_TABLE: SxProps<Theme> = {
  '& th, & td': { px: { xs: 1, sm: 2 } },
  '& th': { whiteSpace: 'nowrap' },
  '& th:first-of-type, & td:first-of-type': { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', wordBreak: 'keep-all', minWidth: '8em' },
};

/** Self vs expert: institutions whose totals differ most, and how many criteria were seen differently. */
export function GapTable({ items, links }: { items: ReturnType<typeof gapRows>; links: DashboardLinks }) {
  const { t, l, num } = useI18n();
  if (!items.length) return <Typography color="text.secondary">{t('dash.noGaps')}</Typography>;
  return (
    <ScrollBox label={t('dash.gaps')}>
      <Table size="small" aria-label={t('dash.gaps')} data-testid="gaps" sx={GAP_TABLE}>
        <TableHead>
          <TableRow>
            <TableCell>{t('progress.institution')}</TableCell>
            <TableCell align="right">{t('dash.gapSelf')}</TableCell>
            <TableCell align="right">{t('dash.expertTotal')}</TableCell>
            <TableCell align="right">{t('dash.gap')}</TableCell>
            <TableCell align="right">{t('dash.gapCriteria')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.slice(0, 20).map(({ row, gap, criteria }) => (
            <TableRow key={row.institutionId} data-institution={row.institutionId} data-gap={gap}>
              <TableCell>
                <Link component={RouterLink} to={links.result(row.expert!.submissionId)}>{l(row.name)}</Link>
              </TableCell>
              <TableCell align="right">{num(row.self!.total ?? 0, 1)}</TableCell>
              <TableCell align="right">{num(row.expert!.total ?? 0, 1)}</TableCell>
              <TableCell align="right">{gap > 0 ? '+' : ''}{num(gap, 1)}</TableCell>
              <TableCell align="right">{criteria}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollBox>
  );
}
