import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useI18n } from '../../../../i18n/i18n-context';
import { useAdminRounds } from '../api/queries';
import { publishKeepsText } from '../publish-text';

/**
 * Asks once before publishing, naming the checklist and version: a published version cannot be
 * changed (only retired), so a stray click should not make one. Says what stays as it was: existing
 * submissions and the open rounds on other versions (named, once the rounds have loaded).
 */
export function PublishConfirmDialog({ id, version, warnings, onCancel, onConfirm }: { id: string; version: number; warnings: number; onCancel(): void; onConfirm(): void }) {
  const { t, l } = useI18n();
  const rounds = useAdminRounds();
  return (
    <Dialog open onClose={onCancel} aria-labelledby="publish-confirm-title" aria-describedby="publish-confirm-body">
      <DialogTitle id="publish-confirm-title">{t('cl.publishConfirmTitle', { id, version })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="publish-confirm-body">
          {t('cl.publishConfirmBody', { version })} {publishKeepsText(id, version, rounds.data ?? [], t, l)}
          {warnings > 0 && ` ${t('cl.publishConfirmWarnings', { count: warnings })}`}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('cl.cancel')}</Button>
        <Button color="success" variant="contained" onClick={onConfirm} data-testid="publish-confirm">
          {t('cl.publishConfirm', { version })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
