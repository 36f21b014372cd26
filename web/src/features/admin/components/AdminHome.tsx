import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router-dom';
import { api, unwrap } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { OfflineNote } from '../../../components/OfflineNote';
import { useI18n } from '../../../i18n/i18n-context';
import { useRounds } from '../../institution/api';

/** `/admin`: the administrator's start page: the console's areas, the published checklists and every round with its dashboard. */
export function AdminHome() {
  const { t, l } = useI18n();
  const rounds = useRounds();
  const checklists = useQuery({ queryKey: ['checklists'], queryFn: () => unwrap(api.GET('/api/checklists')).then((r) => r.items) });
  if (!rounds.data || !checklists.data) return <PageState query={[rounds, checklists]} />;
  return (
    <>
      <OfflineNote />
      <Typography variant="h4" component="h1">
        {t('admin.title')}
      </Typography>
      <Typography sx={{ my: 2 }}>{t('admin.intro')}</Typography>
      {/* On a phone the four areas are a 2 × 2 grid of equal tiles, none cut off or left alone on a row. */}
      <Box component="nav" aria-label={t('admin.title')} sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(4, max-content)' }, gap: 1, mb: 2, '& a': { minHeight: 48, textAlign: 'center', overflowWrap: 'anywhere' } }}>
        <Button variant="outlined" component={RouterLink} to="/admin/checklists">{t('cl.open')}</Button>
        <Button variant="outlined" component={RouterLink} to="/admin/rounds">{t('console.nav.rounds')}</Button>
        <Button variant="outlined" component={RouterLink} to="/admin/directory">{t('console.nav.directory')}</Button>
        <Button variant="outlined" component={RouterLink} to="/admin/accounts">{t('console.nav.accounts')}</Button>
      </Box>
      <Typography variant="h6" component="h2">
        {t('admin.checklists')}
      </Typography>
      <Box component="ul" sx={{ overflowWrap: 'anywhere' }}>
        {checklists.data.map((c) => (
          <li key={c.id}>
            {l(c.title)} · {c.id} · {t('home.version')} {c.version}
          </li>
        ))}
      </Box>
      <Typography variant="h6" component="h2">
        {t('admin.rounds')}
      </Typography>
      <ul>
        {rounds.data.map((r) => (
          <li key={r.id}>
            <Link component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}`}>{l(r.name)}</Link> · {t(r.status === 'closed' ? 'rounds.status.closed' : 'rounds.status.open')} ·{' '}
            <Link component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}/dashboard`}>{t('rounds.dashboard')}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
