import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

/** What a refused or failed request means to the reader, by its HTTP status. */
export function pageErrorKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'pageError.network';
  if (error.status === 401 || error.status === 403 || error.status === 404 || error.status === 409) return `pageError.${error.status}`;
  return error.status >= 500 ? 'pageError.5xx' : 'pageError.4xx';
}

/**
 * Loading, or the error a query ended with, said plainly in the reader's language; the server's
 * own words (English, for support) follow in small print with its code.
 */
export function PageState({ error }: { error?: unknown }) {
  const { t } = useI18n();
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <Alert severity="error">
        {t(pageErrorKey(error))}
        {message && (
          <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
            {t('pageError.detail', { code: error instanceof ApiError ? error.code : 'network', message })}
          </Typography>
        )}
      </Alert>
    );
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 4 }} role="status">
      <CircularProgress size={24} aria-hidden />
      {t('common.loading')}
    </Box>
  );
}
