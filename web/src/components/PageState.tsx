import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Box from '@mui/material/Box';
import { useI18n } from '../i18n/i18n-context';

/** Loading, or the error a query ended with, said plainly. */
export function PageState({ error }: { error?: unknown }) {
  const { t } = useI18n();
  if (error) return <Alert severity="error">{t('common.error')}{t('common.colon')}{error instanceof Error ? error.message : String(error)}</Alert>;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 4 }} role="status">
      <CircularProgress size={24} aria-hidden />
      {t('common.loading')}
    </Box>
  );
}
