import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentProps } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useI18n } from '../../../i18n/i18n-context';
import { submitSubmission } from '../../filling/api/queries';
import { ProblemList } from '../../filling/components/ProblemList';
import { ACCOUNT_BLOCK_TEXT, accountBlock } from '../../../auth/account-block';

/**
 * The foot of the on-site form: what still blocks the submission (or, with nothing blocking, how
 * many criteria are still unfilled), the submit button behind a confirmation, and (while the round is open) the way to return the self-evaluation instead.
 * Submitting saves what is pending first, then opens the round's comparison.
 */
export function OnSiteSubmit({
  submissionId,
  roundId,
  flush,
  conflict,
  returnSelfId,
  ...problems
}: ComponentProps<typeof ProblemList> & {
  submissionId: string;
  roundId: string;
  /** Saves what is pending; the version saved, or undefined when it could not be. */
  flush(): Promise<number | undefined>;
  /** An offline-edit conflict is open: nothing is submitted until it is resolved. */
  conflict: boolean;
  /** The self-evaluation the expert may return to the participant, if any. */
  returnSelfId?: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const submit = async () => {
    setConfirming(false);
    setSubmitting(true);
    setSubmitError(null);
    try {
      const version = await flush();
      if (version === undefined) throw new Error(t('fill.unsaved'));
      await submitSubmission(submissionId, version);
      await queryClient.invalidateQueries({ queryKey: ['submissions'] });
      await queryClient.invalidateQueries({ queryKey: ['comparison'] });
      await queryClient.invalidateQueries({ queryKey: ['submission', submissionId] });
      navigate(`/rounds/${encodeURIComponent(roundId)}/comparison`);
    } catch (error) {
      const block = accountBlock(error);
      setSubmitError(block ? t(ACCOUNT_BLOCK_TEXT[block]) : error instanceof Error ? error.message : String(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Box component="section" aria-label={t('onsite.submit')} sx={{ my: 3 }}>
      <ProblemList {...problems} />
      {submitError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {submitError}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }}>
        <Button variant="contained" size="large" sx={{ minHeight: 48 }} disabled={problems.problems.length > 0 || submitting || conflict} onClick={() => setConfirming(true)}>
          {submitting ? t('fill.submitting') : t('onsite.submit')}
        </Button>
        {returnSelfId && (
          <Button variant="outlined" color="warning" size="large" sx={{ minHeight: 48 }} component={RouterLink} to={`/expert/review/${encodeURIComponent(returnSelfId)}`}>
            {t('onsite.return')}
          </Button>
        )}
      </Box>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="confirm-title">
        <DialogTitle id="confirm-title">{t('onsite.confirmSubmit')}</DialogTitle>
        {/* As the institution's confirmation: what is left unfilled earns nothing once submitted. */}
        {problems.unanswered ? (
          <DialogContent>
            <DialogContentText data-testid="confirm-unanswered">{t('fill.confirmUnanswered', { count: problems.unanswered })}</DialogContentText>
          </DialogContent>
        ) : null}
        <DialogActions>
          <Button onClick={() => setConfirming(false)} sx={{ minHeight: 44 }}>
            {t('fill.cancel')}
          </Button>
          <Button variant="contained" onClick={() => void submit()} sx={{ minHeight: 44 }}>
            {t('fill.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
