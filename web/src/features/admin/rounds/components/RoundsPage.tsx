import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { useI18n } from '../../../../i18n/i18n-context';
import { useChecklistTitles } from '../../../institution/api';
import { useAdminRounds } from '../api/queries';

/** `/admin/rounds`: every round with its status, and the way into progress and dashboard. */
export function RoundsPage() {
  const { t, l } = useI18n();
  const titles = useChecklistTitles();
  const rounds = useAdminRounds();
  if (!rounds.data) return <PageState query={rounds} />;
  return (
    <>
      <OfflineNote />
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h4" component="h1" sx={{ flexGrow: 1 }}>
          {t('rounds.title')}
        </Typography>
        <Button variant="contained" component={RouterLink} to="/admin/rounds/new">
          {t('rounds.new')}
        </Button>
      </Stack>
      {rounds.data.length === 0 ? (
        <Typography>{t('rounds.none')}</Typography>
      ) : (
        // On a phone the table scrolls sideways rather than squeezing names to a character a line.
        <TableContainer component={Paper} variant="outlined" tabIndex={0} role="region" aria-label={t('rounds.title')}>
          <Table size="small" aria-label={t('rounds.title')} sx={{ minWidth: 900, '& td:first-of-type': { minWidth: '12em' }, '& th': { whiteSpace: 'nowrap' }, '& td.short': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('rounds.name')}</TableCell>
                <TableCell>{t('rounds.year')}</TableCell>
                <TableCell>{t('rounds.kind')}</TableCell>
                <TableCell>{t('rounds.checklist')}</TableCell>
                <TableCell>{t('rounds.participants')}</TableCell>
                <TableCell>{t('rounds.status')}</TableCell>
                <TableCell>{t('dir.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rounds.data.map((r) => (
                <TableRow key={r.id} data-round={r.id}>
                  <TableCell>{l(r.name)}</TableCell>
                  <TableCell className="short">{r.year}</TableCell>
                  <TableCell className="short">{t(`rounds.kind.${r.type}`)}</TableCell>
                  <TableCell sx={{ minWidth: '14em' }}>{titles.data?.has(r.checklistId) ? l(titles.data.get(r.checklistId)) : r.checklistId} · {t('home.version')} {r.checklistVersion}</TableCell>
                  <TableCell className="short">{(r.regionIds?.length ?? 0) + (r.institutionIds?.length ?? 0)}</TableCell>
                  <TableCell className="short">{t(`rounds.status.${r.status}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}`} aria-label={`${t('rounds.detail')} ${l(r.name)}`}>
                      {t('rounds.detail')}
                    </Button>
                    <Button size="small" component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}/dashboard`} aria-label={`${t('rounds.dashboard')} ${l(r.name)}`}>
                      {t('rounds.dashboard')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
