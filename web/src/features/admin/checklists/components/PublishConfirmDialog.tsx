import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useI18n } from '../../../../i18n/i18n-context';
import { useAdminRounds } from '../api/queries';
import { useLatest } from '../api/use-latest';
import { sameContent } from '../definition-diff';
import { publishKeepsText } from '../publish-text';

/**
 * Asks once before publishing, naming the checklist and version: a published version cannot be
 * changed (only retired), so a stray click should not make one. Says what stays as it was: existing
 * submissions and the open rounds on other versions (named, once the rounds have loaded); and
 * when the new version's content is the newest published one's, that it would change nothing.
 */
export function PublishConfirmDialog({ id, version, definition, warnings, onCancel, onConfirm }: { id: string; version: number; definition: Record<string, unknown>; warnings: number; onCancel(): void; onConfirm(): void }) {
  const { t, l } = useI18n();
  const rounds = useAdminRounds();
  // A version that changes nothing (a new version started and published unedited) is said before it is made.
  // (A first version has none before it to compare with: not even asked for.)
  const latest = useLatest(version > 1 ? id : undefined).data;
  const unchanged = latest && latest.version < version && sameContent(definition, latest.definition as Record<string, unknown>) ? latest.version : undefined;
  return (
    <Dialog open onClose={onCancel} aria-labelledby="publish-confirm-title" aria-describedby="publish-confirm-body">
      <DialogTitle id="publish-confirm-title">{t('cl.publishConfirmTitle', { id, version })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="publish-confirm-body">
          {t('cl.publishConfirmBody', { version })} {publishKeepsText(id, version, rounds.data ?? [], t, l)}
          {warnings > 0 && ` ${t('cl.publishConfirmWarnings', { count: warnings })}`}
        </DialogContentText>
        {unchanged !== undefined && (
          <DialogContentText data-testid="publish-unchanged" sx={{ mt: 1, color: 'warning.dark' }}>
            {t('cl.publishUnchanged', { version: unchanged })}
          </DialogContentText>
        )}
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
