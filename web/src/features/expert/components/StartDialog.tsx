import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useOnline } from '../../../components/OfflineNote';
import { useI18n } from '../../../i18n/i18n-context';

/** Whether an evaluation can start on the device now; if not, what it lacks (the participant's record, the round's checklist). */
export type OfflineStart = 'yes' | 'checking' | 'no-record' | 'no-checklist';

/**
 * The explicit choice the API asks for when an on-site evaluation starts: from the institution's
 * submitted self-evaluation, or blank. Starting from the self-evaluation is offered only when it
 * is submitted (the API refuses a draft). Offline it says beforehand whether the evaluation can
 * start on the device (`offlineStart`) or needs the network, and what is missing: then that one
 * line stands alone, rather than after a line offering a start, and both starts are off.
 */
export function StartDialog({ open, canPrefill, offlineStart, busy, error, onChoose, onClose }: { open: boolean; canPrefill: boolean; offlineStart: OfflineStart; busy: boolean; error?: string; onChoose(prefill: boolean): void; onClose(): void }) {
  const { t } = useI18n();
  const online = useOnline();
  const blocked = !online && offlineStart !== 'yes';
  const canStartOffline = offlineStart === 'yes';
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="start-title" fullWidth maxWidth="xs">
      <DialogTitle id="start-title">{t('expert.choiceTitle')}</DialogTitle>
      <DialogContent>
        {!(blocked && !error) && <DialogContentText>{canPrefill ? t('expert.choiceText') : t('expert.noSelf')}</DialogContentText>}
        {!online && !error && offlineStart !== 'checking' && (
          <Alert severity={canStartOffline ? 'info' : 'warning'} role="status" data-testid="start-offline" id="start-offline" sx={{ mt: blocked ? 0 : 1 }}>
            {t(canStartOffline ? 'expert.startOffline' : offlineStart === 'no-checklist' ? 'expert.startNeedsChecklist' : 'expert.startNeedsNetwork')}
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        <Stack spacing={1.5} sx={{ mt: 2 }}>
          <Button variant="contained" size="large" disabled={!canPrefill || busy || blocked} aria-describedby={blocked ? 'start-offline' : undefined} onClick={() => onChoose(true)} sx={{ minHeight: 48 }}>
            {t('expert.fromSelf')}
          </Button>
          <Button variant="outlined" size="large" disabled={busy || blocked} aria-describedby={blocked ? 'start-offline' : undefined} onClick={() => onChoose(false)} sx={{ minHeight: 48 }}>
            {t('expert.blank')}
          </Button>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} sx={{ minHeight: 44 }}>
          {t('expert.cancel')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
