import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useI18n } from '../../../../i18n/i18n-context';

/**
 * Asks once before a round is closed, saying what closing means: institutions and experts can no
 * longer start, change, submit or return an evaluation; scores and the dashboard stay, and the
 * round can be opened again.
 */
export function CloseRoundDialog({ name, owing, onCancel, onConfirm }: { name: string; owing: number; onCancel(): void; onConfirm(): void }) {
  const { t } = useI18n();
  return (
    <Dialog open onClose={onCancel} aria-labelledby="close-round-title" aria-describedby="close-round-body">
      <DialogTitle id="close-round-title">{t('rounds.closeTitle', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="close-round-body">
          {t('rounds.closeBody')}
          {owing > 0 ? ` ${t('rounds.closeOwing', { n: owing })}` : ''}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('rescore.cancel')}</Button>
        <Button variant="contained" color="warning" onClick={onConfirm} data-testid="close-round-confirm">
          {t('rounds.closeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
