import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { Schemas } from '../../../../api/client';
import { retireVersion, type ChecklistSummary } from '../api/queries';
import { retireBodyText } from '../retire-text';

/** Asks before retiring a version, naming the open rounds on it (`rounds`: those using it); existing submissions keep it whatever happens here. */
export function RetireDialog({ target, rounds, onClose, onRetired }: { target: ChecklistSummary; rounds: readonly Schemas['Round'][]; onClose(): void; onRetired(): void }) {
  const { t, l } = useI18n();
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
        <DialogContentText id="retire-body">{retireBodyText(target, rounds, t, l)}</DialogContentText>
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
