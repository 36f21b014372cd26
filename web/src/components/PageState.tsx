import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

/**
 * What a refused or failed request means to the reader, by its HTTP status. A request that never
 * got an answer while the device is offline is said to be that: "check the network" would send
 * an expert on site looking for a fault, when the page was simply never stored on the device.
 */
export function pageErrorKey(error: unknown, online = typeof navigator === 'undefined' || navigator.onLine): MessageKey {
  if (!(error instanceof ApiError)) return online ? 'pageError.network' : 'pageError.offline';
  if (error.status === 401 || error.status === 403 || error.status === 404 || error.status === 409) return `pageError.${error.status}`;
  return error.status >= 500 ? 'pageError.5xx' : 'pageError.4xx';
}

/**
 * Loading, or the error a query ended with, said plainly in the reader's language; the server's
 * own words (English, for support) follow in small print with its code. `paused`: a read waits
 * for the network (offline, nothing stored): said so, instead of a spinner that never ends.
 * `onRetry` offers to ask again.
 */
export function PageState({ error, paused, onRetry }: { error?: unknown; paused?: boolean; onRetry?: () => void }) {
  const { t } = useI18n();
  const retry = onRetry && (
    <Button color="inherit" size="small" onClick={onRetry}>
      {t('common.retry')}
    </Button>
  );
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <Alert severity="error" action={retry}>
        {t(pageErrorKey(error))}
        {message && (
          <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
            {t('pageError.detail', { code: error instanceof ApiError ? error.code : 'network', message })}
          </Typography>
        )}
      </Alert>
    );
  }
  if (paused) {
    return (
      <Alert severity="warning" action={retry}>
        {t('pageError.offline')}
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
