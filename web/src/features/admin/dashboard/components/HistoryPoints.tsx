import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useMemo } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { StatusChip } from '../../../../components/StatusChip';
import { useI18n } from '../../../../i18n/i18n-context';
import { useChecklistTitles } from '../../../institution/api';
import type { CriterionStatus } from '../../../../lib/engine';
import type { InstitutionHistory } from '../api/queries';
import { ScrollBox } from './ScrollBox';
import { ADMIN_LINKS, type DashboardLinks } from '../dashboard-links';
import { checklistTitle } from '../../../../lib/checklist-title';

const HistoryChart = lazy(() => import('./HistoryChart'));

/**
 * One participant's scored evaluations across rounds (an institution's, or a region's own): totals
 * as a chart and a table with links to each result, then every criterion's status round by round.
 */
export function HistoryPoints({ points, criterionTitles, heading = 'h2', links = ADMIN_LINKS }: Pick<InstitutionHistory, 'points' | 'criterionTitles'> & { heading?: 'h2' | 'h3'; links?: DashboardLinks }) {
  const { t, l, num } = useI18n();
  // The checklist by its title (its id meant nothing to an officer reading the table).
  const titles = useChecklistTitles();
  const rounds = useMemo(() => [...new Map(points.map((p) => [p.roundId, p])).values()], [points]);
  const labels = useMemo(() => rounds.map((p) => `${p.year} ${t(`rounds.kind.${p.type}`)}`), [rounds, t]);
  const series = useMemo(
    () => (['self', 'expert'] as const).map((kind) => ({ name: kind === 'self' ? t('progress.self') : t('progress.expert'), data: rounds.map((r) => points.find((p) => p.roundId === r.roundId && p.kind === kind)?.total ?? null) })),
    [points, rounds, t],
  );
  const self = points.filter((p) => p.kind === 'self');
  const criteria = [...new Map(self.flatMap((p) => Object.keys(p.criteria).map((c) => [`${p.checklistId}|${c}`, { checklistId: p.checklistId, id: c }]))).values()];
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h6" component={heading}>{t('history.chart')}</Typography>
        <Suspense fallback={<PageState />}>
          <HistoryChart series={series} labels={labels} label={t('history.chart')} />
        </Suspense>
        <ScrollBox label={t('history.chart')}>
          <Table size="small" aria-label={t('history.chart')} sx={{ minWidth: 640, '& th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('history.round')}</TableCell>
                <TableCell>{t('history.kind')}</TableCell>
                <TableCell>{t('rounds.checklist')}</TableCell>
                <TableCell align="right">{t('dash.total')}</TableCell>
                <TableCell>{t('dash.band')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {points.map((p) => (
                <TableRow key={p.submissionId} data-round={p.roundId} data-kind={p.kind}>
                  <TableCell>
                    <Link component={RouterLink} to={links.result(p.submissionId)}>{l(p.roundName)}</Link> · {p.year} {t(`rounds.kind.${p.type}`)}
                  </TableCell>
                  <TableCell>{p.kind === 'self' ? t('progress.self') : t('progress.expert')}</TableCell>
                  <TableCell sx={{ minWidth: '12em' }}>{l(checklistTitle(titles.data ?? [], p.checklistId, p.checklistVersion) ?? { zh: p.checklistId })} · {t('home.version')} {p.checklistVersion}</TableCell>
                  <TableCell align="right">{p.total === null ? '—' : num(p.total, 1)}</TableCell>
                  <TableCell>{p.band ? l(p.band.label) : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      </Paper>
      <Typography variant="h6" component={heading}>{t('history.criteria')}</Typography>
      <Paper variant="outlined" sx={{ mb: 2, '& [data-testid="scroll-hint"]': { px: 2, pt: 1 } }}>
        <ScrollBox label={t('history.criteria')}>
          <Table size="small" aria-label={t('history.criteria')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('dash.criterion')}</TableCell>
                {self.map((p) => (
                  <TableCell key={p.submissionId}>{p.year} {t(`rounds.kind.${p.type}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {criteria.map((c) => (
                <TableRow key={`${c.checklistId}|${c.id}`}>
                  <TableCell>{l(criterionTitles[c.checklistId]?.[c.id]) || c.id}</TableCell>
                  {self.map((p) => (
                    <TableCell key={p.submissionId}>{p.checklistId === c.checklistId && p.criteria[c.id] ? <StatusChip status={p.criteria[c.id] as CriterionStatus} final /> : '—'}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      </Paper>
    </>
  );
}
