import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { ApiError, type Schemas } from '../../../../api/client';
import { useI18n } from '../../../../i18n/i18n-context';
import { restoreVersion, retireVersion, type ChecklistSummary } from '../api/queries';
import { restoreBodyText, retireBodyText } from '../retire-text';

/** Retiring a version or restoring a retired one: the request, the dialog's words. */
const ACTIONS = {
  retire: { send: retireVersion, body: retireBodyText, title: 'cl.retireTitle', button: 'cl.retire', color: 'error' },
  restore: { send: restoreVersion, body: restoreBodyText, title: 'cl.restoreTitle', button: 'cl.restore', color: 'success' },
} as const;

/**
 * Asks before retiring a version, or restoring a retired one, naming the open rounds on it
 * (`rounds`: those using it); existing submissions keep their version whatever happens here.
 * When someone else changed the version meanwhile (409), `onConflict` instead of a retry on a stale read.
 */
export function RetireDialog({ target, action = 'retire', rounds, onClose, onDone, onConflict }: { target: ChecklistSummary; action?: keyof typeof ACTIONS; rounds: readonly Schemas['Round'][]; onClose(): void; onDone(): void; onConflict(): void }) {
  const { t, l } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const words = ACTIONS[action];
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await words.send(target.id, target.version, target.itemVersion);
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) return onConflict();
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const names = { id: target.id, version: target.version };
  return (
    <Dialog open onClose={onClose} aria-labelledby="retire-title" aria-describedby="retire-body">
      <DialogTitle id="retire-title">{t(words.title, names)}</DialogTitle>
      <DialogContent>
        <DialogContentText id="retire-body">{words.body(target, rounds, t, l)}</DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cl.cancel')}</Button>
        <Button color={words.color} variant="contained" disabled={busy} onClick={() => void send()}>
          {t(words.button)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
