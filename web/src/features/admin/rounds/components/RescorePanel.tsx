import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import { rescoreProgress, rescoreVersions } from '../rescore-options';
import { RescoreConfirmDialog } from './RescoreConfirmDialog';
import { useChecklistVersions, useRescoreRound, type Round, type RoundProgress } from '../api/queries';

/** Re-score the round onto another published version; a bar follows the scoring (none when there is nothing to re-score). */
export function RescorePanel({ round, progress }: { round: Round; progress: RoundProgress }) {
  const { t, date } = useI18n();
  const versions = useChecklistVersions(round.checklistId);
  const rescore = useRescoreRound(round.id);
  const [target, setTarget] = useState<number | ''>('');
  const [confirming, setConfirming] = useState(false);
  const { done, total, pending, last } = progress.rescore;
  const shown = rescoreProgress(done, total);
  const choices = rescoreVersions(versions.data ?? [], round.checklistVersion);
  return (
    <Paper variant="outlined" sx={{ p: 2, my: 2 }} className="no-print">
      <Typography variant="h6" component="h2">{t('rescore.title')}</Typography>
      {last && <Typography variant="body2" color="text.secondary">{t('rescore.last', { at: date(last.at, true), by: last.by, from: last.from ?? '', to: last.to ?? '' })}</Typography>}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ my: 1, alignItems: { sm: 'center' } }}>
        {versions.isSuccess && choices.length === 0 ? (
          // A note, not a disabled field: nothing to pick, and greyed text would be hard to read.
          <Typography variant="body2" color="text.secondary" data-testid="rescore-no-version">{t('rescore.noOtherVersion', { v: round.checklistVersion })}</Typography>
        ) : (
          <TextField size="small" select label={t('rescore.to')} value={target} onChange={(e) => setTarget(Number(e.target.value))} sx={{ minWidth: 200 }}>
            {choices.map((v) => (
              <MenuItem key={v} value={v}>v{v}</MenuItem>
            ))}
          </TextField>
        )}
        <Button variant="contained" disabled={rescore.isPending || target === ''} onClick={() => setConfirming(true)}>
          {t('rescore.start')}
        </Button>
      </Stack>
      <Box data-testid="rescore-progress" data-done={done} data-total={total} data-pending={pending}>
        {shown.kind === 'nothing' ? (
          <Typography variant="body2" color="text.secondary" data-testid="rescore-nothing">{t('rescore.nothing')}</Typography>
        ) : (
          <>
            <LinearProgress variant="determinate" value={shown.percent} aria-label={t('rescore.progress', { v: progress.rescore.checklistVersion, done, total })} />
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {t('rescore.progress', { v: progress.rescore.checklistVersion, done, total })}
              {pending === 0 && rescore.isSuccess ? ` · ${t('rescore.done')}` : ''}
            </Typography>
          </>
        )}
      </Box>
      {rescore.data && <Typography variant="body2">{t('rescore.queued', { n: rescore.data.queued.length, skipped: rescore.data.skipped.length })}</Typography>}
      {rescore.error && <Alert severity="error">{rescore.error.message}</Alert>}
      {confirming && target !== '' && (
        <RescoreConfirmDialog
          version={target}
          count={total}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            rescore.mutate(target);
          }}
        />
      )}
    </Paper>
  );
}
