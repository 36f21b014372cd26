import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { SxProps, Theme } from '@mui/material/styles';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Pager } from '../../../../components/Pager';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import type { DashboardLinks } from '../dashboard-links';
import type { SortKey } from '../dashboard-model';
import { ScrollBox } from './ScrollBox';

/** Rows per page to start with: the first paint draws these, not the whole round. */
const PAGES = [25, 50, 100];

/** What MUI's small body cell and its links look like, said once for the whole body. */
const BODY: SxProps<Theme> = {
  '& tbody td': { typography: 'body2', px: 2, py: '6px', borderBottom: 1, borderColor: 'divider', verticalAlign: 'middle' },
  '& tbody td.num': { textAlign: 'right' },
  '& tbody td.name': { minWidth: '10em' },
  '& tbody td.nowrap': { whiteSpace: 'nowrap' },
  '& tbody a': { color: 'primary.main', textDecorationColor: 'rgba(11, 92, 171, 0.4)' },
  '& tbody a:hover': { textDecorationColor: 'inherit' },
};

interface RankingTableProps {
  dashboard: RoundDashboard;
  rows: DashboardRow[];
  sort: { key: SortKey; ascending: boolean };
  onSort(next: { key: SortKey; ascending: boolean }): void;
  /** Where names and actions lead for this reader; a link it leaves out is not offered. */
  links: DashboardLinks;
}

/** The ranking: sortable by total, a section, the expert total or the gap; names open the result. */
export function RankingTable({ dashboard, rows, sort, onSort, links }: RankingTableProps) {
  const { t, l, num } = useI18n();
  const [page, setPage] = useState(0);
  const [size, setPageSize] = useState(PAGES[0]!);
  useEffect(() => setPage(0), [rows]);
  const head = (key: SortKey, label: string) => (
    <TableCell key={key} align="right" sx={{ minWidth: 88 }} sortDirection={sort.key === key ? (sort.ascending ? 'asc' : 'desc') : false}>
      <TableSortLabel active={sort.key === key} direction={sort.key === key && sort.ascending ? 'asc' : 'desc'} onClick={() => onSort({ key, ascending: sort.key === key ? !sort.ascending : false })}>
        {label}
      </TableSortLabel>
    </TableCell>
  );
  const score = (n: number | null | undefined) => (n === null || n === undefined ? '—' : num(n, 1));
  return (
    <>
      <ScrollBox label={t('dash.ranking')}>
        <Table size="small" aria-label={t('dash.ranking')} data-testid="ranking" sx={{ minWidth: 900, '& th': { whiteSpace: 'nowrap' }, ...BODY }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('dash.rank')}</TableCell>
              <TableCell>{t('progress.institution')}</TableCell>
              <TableCell>{t('dir.region')}</TableCell>
              <TableCell>{t('progress.self')}</TableCell>
              {head('total', t('dash.total'))}
              <TableCell>{t('dash.band')}</TableCell>
              {dashboard.sections.map((s, i) => head(`section:${i}`, l(s.title)))}
              {head('expert', t('dash.expertTotal'))}
              {head('gap', t('dash.gap'))}
              <TableCell className="no-print">{t('dir.actions')}</TableCell>
            </TableRow>
          </TableHead>
          {/* Body cells are plain elements styled once by the table (BODY): a page of 25 rows is about
              400 cells and 100 links, and as MUI components each one ran its own style resolution,
              most of the time between the data's arrival and the ranking's first paint. */}
          <TableBody>
            {rows.slice(page * size, (page + 1) * size).map((r, i) => (
              <tr key={r.institutionId} data-institution={r.institutionId} data-total={r.self?.total ?? ''}>
                <td>{r.self?.total != null ? page * size + i + 1 : ''}</td>
                {/* Names keep a readable width; the many section columns scroll instead of squeezing them. */}
                <td className="name">{r.self ? <RouterLink to={links.result(r.self.submissionId)}>{l(r.name)}</RouterLink> : l(r.name)}</td>
                <td className="nowrap">{r.region ? <RouterLink to={links.regionHistory(r.region.id)}>{l(r.region.name)}</RouterLink> : ''}</td>
                <td className="nowrap">{t(`progress.stage.${r.selfStage}` as MessageKey)}</td>
                <td className="num">{score(r.self?.total)}</td>
                <td className="nowrap">{r.self?.band ? l(r.self.band.label) : ''}</td>
                {dashboard.sections.map((s, k) => (
                  <td key={s.id} className="num">{score(r.self?.sections[k])}</td>
                ))}
                <td className="num">{score(r.expert?.total)}</td>
                <td className="num">{r.gap === null ? '—' : `${r.gap > 0 ? '+' : ''}${num(r.gap, 1)}`}</td>
                <td className="no-print nowrap">
                  <RouterLink to={links.institutionHistory(r.institutionId)}>{t('dash.history')}</RouterLink>
                  {r.self && links.audit && (
                    <>
                      {' · '}
                      <RouterLink to={links.audit(r.self.submissionId)}>{t('audit.short')}</RouterLink>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </TableBody>
        </Table>
      </ScrollBox>
      {rows.length > PAGES[0]! && (
        <Pager
          className="no-print"
          // On a phone the page size and the page buttons wrap onto two lines rather than scroll out of reach.
          sx={{ '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', rowGap: 0.5 } }}
          count={rows.length}
          page={page}
          rowsPerPage={size}
          rowsPerPageOptions={PAGES}
          onPageChange={(_, p: number) => setPage(p)}
          onRowsPerPageChange={(e) => {
            setPageSize(Number(e.target.value));
            setPage(0);
          }}
        />
      )}
    </>
  );
}
