import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useMemo } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { StatusChip } from '../../../../components/StatusChip';
import { useI18n } from '../../../../i18n/i18n-context';
import type { CriterionStatus } from '../../../../lib/engine';
import { useInstitutionHistory } from '../api/queries';

const HistoryChart = lazy(() => import('./HistoryChart'));

/** `/admin/institutions/:id/history`: one institution across baseline → annual → final. */
export function HistoryPage() {
  const { id } = useParams();
  const { t, l, num } = useI18n();
  const history = useInstitutionHistory(id);
  const h = history.data;
  const rounds = useMemo(() => [...new Map((h?.points ?? []).map((p) => [p.roundId, p])).values()], [h]);
  const labels = useMemo(() => rounds.map((p) => `${p.year} ${t(`rounds.kind.${p.type}`)}`), [rounds, t]);
  if (!h) return <PageState error={history.error} />;
  const self = h.points.filter((p) => p.kind === 'self');
  const criteria = [...new Map(self.flatMap((p) => Object.keys(p.criteria).map((c) => [`${p.checklistId}|${c}`, { checklistId: p.checklistId, id: c }]))).values()];
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('history.title')} · {l(h.institution.name)}
      </Typography>
      {h.points.length === 0 ? (
        <Alert severity="info">{t('history.none')}</Alert>
      ) : (
        <>
          <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
            <Typography variant="h6" component="h2">{t('history.chart')}</Typography>
            <Suspense fallback={<PageState />}>
              <HistoryChart history={h} labels={labels} />
            </Suspense>
            <Table size="small" aria-label={t('history.chart')}>
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
                {h.points.map((p) => (
                  <TableRow key={p.submissionId} data-round={p.roundId} data-kind={p.kind}>
                    <TableCell>
                      <Link component={RouterLink} to={`/admin/result/${encodeURIComponent(p.submissionId)}`}>{l(p.roundName)}</Link> · {p.year} {t(`rounds.kind.${p.type}`)}
                    </TableCell>
                    <TableCell>{p.kind === 'self' ? t('progress.self') : t('progress.expert')}</TableCell>
                    <TableCell>{p.checklistId} v{p.checklistVersion}</TableCell>
                    <TableCell align="right">{p.total === null ? '—' : num(p.total, 1)}</TableCell>
                    <TableCell>{p.band ? l(p.band.label) : ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
          <Typography variant="h6" component="h2">{t('history.criteria')}</Typography>
          <TableContainer component={Paper} variant="outlined">
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
                    <TableCell>{l(h.criterionTitles[c.checklistId]?.[c.id]) || c.id}</TableCell>
                    {self.map((p) => (
                      <TableCell key={p.submissionId}>{p.checklistId === c.checklistId && p.criteria[c.id] ? <StatusChip status={p.criteria[c.id] as CriterionStatus} /> : '—'}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </>
  );
}
