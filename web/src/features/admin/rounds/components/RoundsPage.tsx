import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useChecklistTitles } from '../../../institution/api';
import { ScrollTable } from '../../components/ScrollTable';
import { useAdminRounds } from '../api/queries';
import { checklistTitle } from '../../../../lib/checklist-title';

/** `/admin/rounds`: every round with its status, and the way into progress and dashboard. */
export function RoundsPage() {
  const { t, l, date } = useI18n();
  const label = (key: MessageKey) => `${t(key)}${t('common.colon')}`;
  const titles = useChecklistTitles();
  const rounds = useAdminRounds();
  if (!rounds.data) return <PageState query={rounds} />;
  return (
    <>
      <OfflineNote />
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 2 }}>
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
        // On a phone each round is a card: its name (the link to its progress), status, checklist and dates.
        <ScrollTable label={t('rounds.title')} minWidth={900} cards>
          <TableHead>
            <TableRow>
              <TableCell>{t('rounds.name')}</TableCell>
              <TableCell>{t('rounds.status')}</TableCell>
              <TableCell>{t('rounds.year')}</TableCell>
              <TableCell>{t('rounds.kind')}</TableCell>
              <TableCell>{t('rounds.deadline')}</TableCell>
              <TableCell>{t('rounds.checklist')}</TableCell>
              <TableCell>{t('rounds.participants')}</TableCell>
              <TableCell>{t('dir.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rounds.data.map((r) => (
              <TableRow key={r.id} data-round={r.id}>
                <TableCell className="card-title" sx={{ minWidth: '12em' }}>
                  <Link component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}`}>{l(r.name)}</Link>
                </TableCell>
                <TableCell className="short" data-label={label('rounds.status')}>{t(`rounds.status.${r.status}`)}</TableCell>
                <TableCell className="short" data-label={label('rounds.year')}>{r.year}</TableCell>
                <TableCell className="short" data-label={label('rounds.kind')}>{t(`rounds.kind.${r.type}`)}</TableCell>
                <TableCell className="short" data-label={label('rounds.deadline')}>{r.deadline ? date(r.deadline) : ''}</TableCell>
                <TableCell sx={{ minWidth: '14em' }} data-label={label('rounds.checklist')}>{l(checklistTitle(titles.data ?? [], r.checklistId, r.checklistVersion) ?? { zh: r.checklistId })} · {t('home.version')} {r.checklistVersion}</TableCell>
                <TableCell className="short" data-label={label('rounds.participants')}>{(r.regionIds?.length ?? 0) + (r.institutionIds?.length ?? 0)}</TableCell>
                <TableCell className="card-actions" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" sx={{ minHeight: 44 }} component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}`} aria-label={`${t('rounds.detail')} ${l(r.name)}`}>
                    {t('rounds.detail')}
                  </Button>
                  <Button size="small" sx={{ minHeight: 44 }} component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}/dashboard`} aria-label={`${t('rounds.dashboard')} ${l(r.name)}`}>
                    {t('rounds.dashboard')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
}
