import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context';
import { PageState } from '../../../components/PageState';
import { OfflineNote } from '../../../components/OfflineNote';
import { useI18n } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/messages';
import { useChecklistTitles, useInstitution, useInstitutionSubmissions, useOverseenRounds, useRegion, useRounds, useStartSelfEvaluation } from '../api/queries';
import { deadlineDate, isOverdue } from '../round-deadline';
import { OverseenRounds } from './OverseenRounds';
import { checklistTitle } from '../../../lib/checklist-title';

/** `/inst`: the institution's open rounds with the state of its self-evaluation, and past results. */
export function HomePage() {
  const { t, l, num, date } = useI18n();
  const { session } = useAuth();
  const institutionId = session?.user.institutionId;
  const navigate = useNavigate();
  const rounds = useRounds();
  const submissions = useInstitutionSubmissions(institutionId);
  const institution = useInstitution(institutionId);
  const titles = useChecklistTitles();
  // A commission's page is headed by its region's name, as an institution's is by its own.
  const region = useRegion(institutionId ? undefined : session?.user.regionId);
  // A commission oversees the places in its region: their rounds, all in one request, read at once.
  const overseen = useOverseenRounds(session?.user.role === 'commission');
  // A commission evaluates its own region (region checklists) on this same page.
  const start = useStartSelfEvaluation(institutionId ?? session?.user.regionId);
  if (!rounds.data || !submissions.data) return <PageState query={[rounds, submissions]} />;

  const selfOf = (roundId: string) => submissions.data.find((s) => s.roundId === roundId && s.kind === 'self');
  // A commission sees the rounds of the places it oversees; it evaluates itself only where its region takes part.
  const regionId = session?.user.role === 'commission' ? session.user.regionId : undefined;
  const open = rounds.data.filter((r) => r.status === 'open' && (!regionId || (r.regionIds ?? []).includes(regionId)));
  const past = submissions.data.filter((s) => s.kind === 'self' && s.status === 'scored' && s.score);
  const roundName = (id: string) => l(rounds.data.find((r) => r.id === id)?.name) || id;
  return (
    <>
      <OfflineNote />
      <Typography variant="h4" component="h1" gutterBottom>
        {institution.data ? l(institution.data.name) : region.data ? l(region.data.name) : t('home.title')}
      </Typography>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {t('home.open')}
      </Typography>
      {open.length === 0 ? (
        <Alert severity="info">{t('home.none')}</Alert>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('home.open')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('home.round')}</TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('home.checklist')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('home.status')}</TableCell>
                <TableCell>{t('home.action')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {open.map((r) => {
                const s = selfOf(r.id);
                const status = (s ? `status.${s.status}` : 'status.none') as MessageKey;
                const scored = s?.status === 'scored' || s?.status === 'submitted';
                // The expert's evaluation is listed to the institution once submitted: then the comparison opens too.
                const compared = submissions.data.some((x) => x.roundId === r.id && x.kind === 'expert');
                const overdue = isOverdue(r.deadline, s?.status);
                return (
                  <TableRow key={r.id} data-round={r.id}>
                    <TableCell sx={{ minWidth: '8em' }}>
                      {l(r.name)}
                      <Typography variant="caption" component="div" color="text.secondary">
                        {r.year}
                        {r.deadline && (
                          <span data-testid="round-deadline">
                            {' · '}
                            {t('home.deadlineOn', { date: date(deadlineDate(r.deadline)) })}
                          </span>
                        )}
                        {overdue && (
                          <Typography component="span" variant="caption" color="error" fontWeight="bold" data-testid="round-overdue">
                            {' · '}
                            {t('home.overdue')}
                          </Typography>
                        )}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                      {l(checklistTitle(titles.data ?? [], r.checklistId, r.checklistVersion) ?? { zh: r.checklistId })} · {t('home.version')} {r.checklistVersion}
                    </TableCell>
                    <TableCell data-testid="self-status" sx={{ whiteSpace: { xs: 'normal', sm: 'nowrap' } }}>
                      {t(status)}
                      {s?.updatedAt && (
                        <Typography variant="caption" component="div" color="text.secondary">
                          {date(s.updatedAt, true)}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {scored ? (
                        <Button component={RouterLink} to={`/inst/result/${encodeURIComponent(s!.id)}`} sx={{ whiteSpace: 'nowrap' }}>
                          {t('home.view')}
                        </Button>
                      ) : (
                        <Button
                          variant="contained"
                          sx={{ whiteSpace: 'nowrap' }}
                          disabled={start.isPending}
                          onClick={async () => navigate(`/inst/fill/${encodeURIComponent(s ? s.id : await start.mutateAsync(r.id))}`)}
                        >
                          {s ? t('home.continue') : t('home.start')}
                        </Button>
                      )}
                      {compared && (
                        <Button component={RouterLink} to={`/rounds/${encodeURIComponent(r.id)}/comparison`} sx={{ whiteSpace: 'nowrap' }}>
                          {t('expert.comparison')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {start.error && <Alert severity="error">{start.error.message}</Alert>}
      <Typography variant="h6" component="h2" sx={{ mt: 4 }}>
        {t('home.past')}
      </Typography>
      {past.length === 0 ? (
        <Typography color="text.secondary">{t('home.nonePast')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('home.past')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('home.round')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('result.total')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('result.band')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('home.action')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {past.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{roundName(s.roundId)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.score!.total === null ? '—' : num(s.score!.total, 1)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.score!.band ? l(s.score!.band.label) : '—'}</TableCell>
                  <TableCell>
                    <Button component={RouterLink} to={`/inst/result/${encodeURIComponent(s.id)}`} sx={{ whiteSpace: 'nowrap' }}>
                      {t('home.view')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {regionId && <OverseenRounds overseen={overseen} ownRegionId={regionId} />}
    </>
  );
}
