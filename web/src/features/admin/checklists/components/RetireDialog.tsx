import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import { retireVersion, type ChecklistSummary } from '../api/queries';

/** Asks before retiring a version; existing submissions keep it whatever happens here. */
export function RetireDialog({ target, onClose, onRetired }: { target: ChecklistSummary; onClose(): void; onRetired(): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retire = async () => {
    setBusy(true);
    setError(null);
    try {
      await retireVersion(target.id, target.version, target.itemVersion);
      onRetired();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const names = { id: target.id, version: target.version };
  return (
    <Dialog open onClose={onClose} aria-labelledby="retire-title" aria-describedby="retire-body">
      <DialogTitle id="retire-title">{t('cl.retireTitle', names)}</DialogTitle>
      <DialogContent>
        <DialogContentText id="retire-body">{t('cl.retireBody')}</DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cl.cancel')}</Button>
        <Button color="error" variant="contained" disabled={busy} onClick={() => void retire()}>
          {t('cl.retire')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
