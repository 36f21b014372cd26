import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useMemo } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { useI18n } from '../../../../i18n/i18n-context';
import { useChecklistTitles } from '../../../institution/api';
import { useRegionHistory, type RegionHistory } from '../api/queries';
import { ADMIN_LINKS, OVERSEER_LINKS, type DashboardLinks } from '../dashboard-links';
import { HistoryPoints } from './HistoryPoints';
import { ScrollBox } from './ScrollBox';
import { checklistTitle } from '../../../../lib/checklist-title';

const HistoryChart = lazy(() => import('./HistoryChart'));

/** The region's institutions, round by round: mean totals, then each criterion's share met. */
function Aggregates({ h, links }: { h: RegionHistory; links: DashboardLinks }) {
  const { t, l, num } = useI18n();
  // The checklist by its title (its id meant nothing to an officer reading the table).
  const titles = useChecklistTitles();
  const rounds = useMemo(() => [...new Map(h.aggregates.map((a) => [a.roundId, a])).values()], [h]);
  const labels = useMemo(() => rounds.map((a) => `${a.year} ${t(`rounds.kind.${a.type}`)}`), [rounds, t]);
  const series = useMemo(
    () => (['self', 'expert'] as const).map((kind) => ({ name: kind === 'self' ? t('progress.self') : t('progress.expert'), data: rounds.map((r) => h.aggregates.find((a) => a.roundId === r.roundId && a.kind === kind)?.meanTotal ?? null) })),
    [h, rounds, t],
  );
  const self = h.aggregates.filter((a) => a.kind === 'self');
  const criteria = [...new Map(self.flatMap((a) => Object.keys(a.criteria).map((c) => [`${a.checklistId}|${c}`, { checklistId: a.checklistId, id: c }]))).values()];
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h6" component="h3">{t('history.meanChart')}</Typography>
        <Suspense fallback={<PageState />}>
          <HistoryChart series={series} labels={labels} label={t('history.meanChart')} />
        </Suspense>
        <ScrollBox label={t('history.meanChart')}>
          <Table size="small" aria-label={t('history.meanChart')} data-testid="region-rounds" sx={{ minWidth: 680, '& th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('history.round')}</TableCell>
                <TableCell>{t('history.kind')}</TableCell>
                <TableCell>{t('rounds.checklist')}</TableCell>
                <TableCell align="right">{t('history.participants')}</TableCell>
                <TableCell align="right">{t('history.scored')}</TableCell>
                <TableCell align="right">{t('history.meanTotal')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {h.aggregates.map((a) => (
                <TableRow key={`${a.roundId}|${a.kind}`} data-round={a.roundId} data-kind={a.kind} data-mean={a.meanTotal ?? ''}>
                  <TableCell>
                    <Link component={RouterLink} to={links.dashboard(a.roundId)}>{l(a.roundName)}</Link> · {a.year} {t(`rounds.kind.${a.type}`)}
                  </TableCell>
                  <TableCell>{a.kind === 'self' ? t('progress.self') : t('progress.expert')}</TableCell>
                  <TableCell sx={{ minWidth: '12em' }}>{l(checklistTitle(titles.data ?? [], a.checklistId, a.checklistVersion) ?? { zh: a.checklistId })} · {t('home.version')} {a.checklistVersion}</TableCell>
                  <TableCell align="right">{a.participants}</TableCell>
                  <TableCell align="right">{a.scored}</TableCell>
                  <TableCell align="right">{a.meanTotal === null ? '—' : num(a.meanTotal, 1)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      </Paper>
      <Typography variant="h6" component="h3">{t('history.shareMet')}</Typography>
      <Typography variant="body2" color="text.secondary">{t('history.shareHelp')}</Typography>
      <Paper variant="outlined" sx={{ mb: 2, '& [data-testid="scroll-hint"]': { px: 2, pt: 1 } }}>
        <ScrollBox label={t('history.shareMet')}>
          <Table size="small" aria-label={t('history.shareMet')} data-testid="region-criteria">
            <TableHead>
              <TableRow>
                <TableCell>{t('dash.criterion')}</TableCell>
                {self.map((a) => (
                  <TableCell key={a.roundId} align="right">{a.year} {t(`rounds.kind.${a.type}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {/* Before any institution is scored the table would be headings only: say what fills it. */}
              {criteria.length === 0 && (
                <TableRow>
                  <TableCell colSpan={self.length + 1} data-testid="region-criteria-none">{t('history.shareNone')}</TableCell>
                </TableRow>
              )}
              {criteria.map((c) => (
                <TableRow key={`${c.checklistId}|${c.id}`} data-criterion={c.id}>
                  <TableCell>{l(h.criterionTitles[c.checklistId]?.[c.id]) || c.id}</TableCell>
                  {self.map((a) => {
                    const x = a.checklistId === c.checklistId ? a.criteria[c.id] : undefined;
                    return (
                      <TableCell key={a.roundId} align="right" data-round={a.roundId}>
                        {x && x.judged ? `${num((x.met / x.judged) * 100, 0)}%（${x.met}/${x.judged}）` : '—'}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      </Paper>
    </>
  );
}

/**
 * `/admin/regions/:id/history`: one region across baseline → annual → final, its own evaluations
 * and its institutions'. `overseen`: a commission's (`/oversee/regions/:id/history`), linking to
 * its own dashboard and result routes.
 */
export function RegionHistoryPage({ overseen = false }: { overseen?: boolean } = {}) {
  const { id } = useParams();
  const links = overseen ? OVERSEER_LINKS : ADMIN_LINKS;
  const { t, l } = useI18n();
  const history = useRegionHistory(id);
  const h = history.data;
  if (!h) return <PageState query={history} />;
  return (
    <>
      <OfflineNote />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('history.regionTitle')} · {l(h.region.name)}
      </Typography>
      {h.own.length === 0 && h.aggregates.length === 0 && <Alert severity="info">{t('history.regionNone')}</Alert>}
      {h.aggregates.length > 0 && (
        <section aria-labelledby="region-institutions">
          <Typography variant="h5" component="h2" id="region-institutions" gutterBottom>{t('history.institutions')}</Typography>
          <Aggregates h={h} links={links} />
        </section>
      )}
      {h.own.length > 0 && (
        <section aria-labelledby="region-own">
          <Typography variant="h5" component="h2" id="region-own" gutterBottom>{t('history.own')}</Typography>
          <HistoryPoints points={h.own} criterionTitles={h.criterionTitles} heading="h3" links={links} />
        </section>
      )}
    </>
  );
}

/** `/oversee/regions/:id/history`: a region a commission oversees (its own or one under it), across rounds. */
export function OverseenRegionHistoryPage() {
  return <RegionHistoryPage overseen />;
}
