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
import { RescoreConfirmDialog } from './RescoreConfirmDialog';
import { useChecklistVersions, useRescoreRound, type Round, type RoundProgress } from '../api/queries';

/** Re-score the round (onto another published version, or the same); a bar follows the scoring. */
export function RescorePanel({ round, progress }: { round: Round; progress: RoundProgress }) {
  const { t, date } = useI18n();
  const versions = useChecklistVersions(round.checklistId);
  const rescore = useRescoreRound(round.id);
  const [target, setTarget] = useState<number | ''>('');
  const [confirming, setConfirming] = useState(false);
  const { done, total, pending, last } = progress.rescore;
  const percent = total ? Math.round((done / total) * 100) : 100;
  return (
    <Paper variant="outlined" sx={{ p: 2, my: 2 }} className="no-print">
      <Typography variant="h6" component="h2">{t('rescore.title')}</Typography>
      {last && <Typography variant="body2" color="text.secondary">{t('rescore.last', { at: date(last.at, true), by: last.by, from: last.from ?? '', to: last.to ?? '' })}</Typography>}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ my: 1, alignItems: { sm: 'center' } }}>
        <TextField size="small" select label={t('rescore.to')} value={target} onChange={(e) => setTarget(Number(e.target.value))} sx={{ minWidth: 200 }}>
          {(versions.data ?? []).filter((v) => v.status === 'published').map((v) => (
            <MenuItem key={v.version} value={v.version}>v{v.version}</MenuItem>
          ))}
        </TextField>
        <Button variant="contained" disabled={rescore.isPending || target === ''} onClick={() => setConfirming(true)}>
          {t('rescore.start')}
        </Button>
      </Stack>
      <Box data-testid="rescore-progress" data-done={done} data-total={total} data-pending={pending}>
        <LinearProgress variant="determinate" value={percent} aria-label={t('rescore.progress', { v: progress.rescore.checklistVersion, done, total })} />
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('rescore.progress', { v: progress.rescore.checklistVersion, done, total })}
          {pending === 0 && rescore.isSuccess ? ` · ${t('rescore.done')}` : ''}
        </Typography>
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
