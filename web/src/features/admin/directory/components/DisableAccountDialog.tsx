import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useI18n } from '../../../../i18n/i18n-context';

/**
 * Asks before an account is disabled, naming it and what follows: its user is signed out and
 * cannot sign in, its data stays, and it can be enabled again. One click on a row must not lock
 * a colleague out.
 */
export function DisableAccountDialog({ username, displayName, onCancel, onConfirm }: { username: string; displayName: string; onCancel(): void; onConfirm(): void }) {
  const { t } = useI18n();
  return (
    <Dialog open onClose={onCancel} aria-labelledby="disable-account-title" aria-describedby="disable-account-body">
      <DialogTitle id="disable-account-title">{t('accounts.disableTitle', { username, name: displayName })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="disable-account-body">{t('accounts.disableBody')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('accounts.cancel')}</Button>
        <Button variant="contained" color="error" onClick={onConfirm} data-testid="disable-account-confirm">
          {t('accounts.disableConfirm', { username })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
