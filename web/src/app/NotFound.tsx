import Typography from '@mui/material/Typography';
import { useI18n } from '../i18n/i18n-context';

/** Any path the app does not know. */
export function NotFound() {
  const { t } = useI18n();
  return <Typography variant="h5" component="h1">{t('notFound')}</Typography>;
}
