import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useI18n } from '../../../../i18n/i18n-context';

/**
 * Asks once before a re-score, saying how many submissions it replaces the scores of and onto
 * which version: every submitted evaluation of the round is scored again at once.
 */
export function RescoreConfirmDialog({ version, count, onCancel, onConfirm }: { version: number; count: number; onCancel(): void; onConfirm(): void }) {
  const { t } = useI18n();
  return (
    <Dialog open onClose={onCancel} aria-labelledby="rescore-confirm-title" aria-describedby="rescore-confirm-body">
      <DialogTitle id="rescore-confirm-title">{t('rescore.confirmTitle', { n: count, v: version })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="rescore-confirm-body">{t('rescore.confirmBody', { n: count, v: version })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('rescore.cancel')}</Button>
        <Button variant="contained" onClick={onConfirm} data-testid="rescore-confirm">
          {t('rescore.confirm', { n: count })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
