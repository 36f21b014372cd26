import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Pager } from '../../../../components/Pager';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import type { SortKey } from '../dashboard-model';

/** Rows per page to start with: the first paint draws these, not the whole round. */
const PAGES = [25, 50, 100];

/** The ranking: sortable by total, a section, the expert total or the gap; names open the result. */
export function RankingTable({ dashboard, rows, sort, onSort }: { dashboard: RoundDashboard; rows: DashboardRow[]; sort: { key: SortKey; ascending: boolean }; onSort(next: { key: SortKey; ascending: boolean }): void }) {
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
      <TableContainer>
        <Table size="small" aria-label={t('dash.ranking')} data-testid="ranking" sx={{ minWidth: 900, '& th': { whiteSpace: 'nowrap' } }}>
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
          <TableBody>
            {rows.slice(page * size, (page + 1) * size).map((r, i) => (
              <TableRow key={r.institutionId} data-institution={r.institutionId} data-total={r.self?.total ?? ''}>
                <TableCell>{r.self?.total != null ? page * size + i + 1 : ''}</TableCell>
                {/* Names keep a readable width; the many section columns scroll instead of squeezing them. */}
                <TableCell sx={{ minWidth: '10em' }}>
                  {r.self ? <Link component={RouterLink} to={`/admin/result/${encodeURIComponent(r.self.submissionId)}`}>{l(r.name)}</Link> : l(r.name)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.region ? <Link component={RouterLink} to={`/admin/regions/${encodeURIComponent(r.region.id)}/history`}>{l(r.region.name)}</Link> : ''}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`progress.stage.${r.selfStage}` as MessageKey)}</TableCell>
                <TableCell align="right">{score(r.self?.total)}</TableCell>
                <TableCell>{r.self?.band ? l(r.self.band.label) : ''}</TableCell>
                {dashboard.sections.map((s, k) => (
                  <TableCell key={s.id} align="right">{score(r.self?.sections[k])}</TableCell>
                ))}
                <TableCell align="right">{score(r.expert?.total)}</TableCell>
                <TableCell align="right">{r.gap === null ? '—' : `${r.gap > 0 ? '+' : ''}${num(r.gap, 1)}`}</TableCell>
                <TableCell className="no-print" sx={{ whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={`/admin/institutions/${encodeURIComponent(r.institutionId)}/history`}>{t('dash.history')}</Link>
                  {r.self && (
                    <>
                      {' · '}
                      <Link component={RouterLink} to={`/admin/submissions/${encodeURIComponent(r.self.submissionId)}`}>{t('audit.short')}</Link>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > PAGES[0]! && (
        <Pager
          className="no-print"
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
