import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useI18n } from '../../../../i18n/i18n-context';

/**
 * Asks once before publishing, naming the checklist and version: a published version cannot be
 * changed (only retired), so a stray click should not make one.
 */
export function PublishConfirmDialog({ id, version, warnings, onCancel, onConfirm }: { id: string; version: number; warnings: number; onCancel(): void; onConfirm(): void }) {
  const { t } = useI18n();
  return (
    <Dialog open onClose={onCancel} aria-labelledby="publish-confirm-title" aria-describedby="publish-confirm-body">
      <DialogTitle id="publish-confirm-title">{t('cl.publishConfirmTitle', { id, version })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="publish-confirm-body">
          {t('cl.publishConfirmBody', { version })}
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
