import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { StatusChip } from '../../../components/StatusChip';
import { useI18n } from '../../../i18n/i18n-context';
import type { CompiledChecklist } from '../../../lib/engine';
import { useChecklist, usePreparedForm, useSubmission } from '../../filling/api/queries';
import { previewScore, type Draft } from '../../filling/live-score';
import { useInstitution } from '../../institution/api';
import { returnSubmission, type SubmissionRecord } from '../api/queries';

/** `/expert/review/:id`: return the institution's submitted self-evaluation with an overall comment and comments per item. */
export function ReturnPage() {
  const { id } = useParams();
  const submission = useSubmission(id);
  const checklist = useChecklist(submission.data?.checklistId, submission.data?.checklistVersion);
  const compiled = usePreparedForm(checklist.data?.definition).data?.compiled;
  const failed = submission.error ?? checklist.error;
  if (failed || !submission.data || !compiled) return <PageState query={[submission, checklist]} />;
  return <ReturnForm submission={submission.data} compiled={compiled} />;
}

function ReturnForm({ submission, compiled }: { submission: SubmissionRecord; compiled: CompiledChecklist }) {
  const { t, l } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const institution = useInstitution(submission.institutionId);
  const [overall, setOverall] = useState('');
  const [comments, setComments] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The institution's own answers, scored as the institution saw them.
  const result = useMemo(() => previewScore(compiled, { context: submission.context as Draft['context'], answers: submission.answers, evidence: (submission.evidence ?? {}) as Record<string, Schemas['EvidenceFile'][]> }), [compiled, submission]);
  const returnable = submission.status === 'submitted' || submission.status === 'scored';
  const filled = Object.fromEntries(Object.entries(comments).filter(([, text]) => text.trim()));
  const institutionName = (institution.data ? l(institution.data.name) : undefined) ?? submission.institutionId ?? '';
  const commentCount = Object.keys(filled).length + (overall.trim() ? 1 : 0);

  // A return cannot be taken back (the institution must resubmit): it is confirmed first, naming
  // the institution and how many comments go with it, as the institution's own submit is.
  const ask = () => {
    if (!commentCount) return setError(t('review.needOne'));
    setError(null);
    setConfirming(true);
  };

  const send = async () => {
    setConfirming(false);
    setSending(true);
    setError(null);
    try {
      await returnSubmission(submission.id, { version: submission.version, ...(overall.trim() ? { comment: overall.trim() } : {}), ...(Object.keys(filled).length ? { comments: filled } : {}) });
      await queryClient.invalidateQueries({ queryKey: ['submissions'] });
      await queryClient.invalidateQueries({ queryKey: ['comparison'] });
      await queryClient.invalidateQueries({ queryKey: ['submission', submission.id] });
      // The expert's home says it was sent: otherwise the page just changed, and a return could pass unnoticed.
      navigate('/expert', { state: { returned: institutionName } });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Typography variant="h5" component="h1">
        {t('review.title')} · {institutionName}
      </Typography>
      <Typography sx={{ my: 1 }}>{t('review.intro')}</Typography>
      {!returnable && <Alert severity="info">{t('review.notReturnable')}</Alert>}
      <TextField label={t('review.overall')} value={overall} onChange={(e) => setOverall(e.target.value)} multiline minRows={2} fullWidth sx={{ my: 2 }} slotProps={{ htmlInput: { maxLength: 4000 } }} disabled={!returnable} />
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
        {result.criteria.map((c) => (
          <Paper component="li" variant="outlined" key={c.id} sx={{ p: 1.5 }} data-review={c.id}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
              <StatusChip status={c.status} final />
              <Typography sx={{ fontWeight: 600 }} id={`review-title-${c.id}`}>
                {l(c.title)}
              </Typography>
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {c.actual ? `${t('crit.actual')}${t('common.colon')}${l(c.actual.text)}` : t('onsite.noSelf')}
              {c.target ? ` · ${t('crit.target')}${t('common.colon')}${l(c.target.text)}` : ''}
            </Typography>
            {/* Named by a caption and the item's title above, not by a floating label: an outlined
                field repeats its label in the outline's legend, and the title was in it too, so a
                screen reader read the title again for every item. */}
            <Typography variant="caption" color="text.secondary" component="div" id={`review-label-${c.id}`} sx={{ mt: 1 }}>
              {t('review.item')}
            </Typography>
            <TextField
              value={comments[c.id] ?? ''}
              onChange={(e) => setComments({ ...comments, [c.id]: e.target.value })}
              multiline
              minRows={1}
              fullWidth
              size="small"
              disabled={!returnable}
              slotProps={{ htmlInput: { maxLength: 1000, 'data-comment': c.id, 'aria-labelledby': `review-label-${c.id} review-title-${c.id}` } }}
            />
          </Paper>
        ))}
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {error}
        </Alert>
      )}
      {/* Above the fields scrolling under it: outlined labels sit at z-index 1 and would show through. */}
      <Box sx={{ display: 'flex', gap: 1, my: 3, position: 'sticky', bottom: 0, bgcolor: 'background.default', py: 1, zIndex: 2 }} data-testid="return-actions">
        <Button variant="contained" color="warning" size="large" sx={{ minHeight: 48 }} disabled={!returnable || sending} onClick={ask}>
          {t('review.send')}
        </Button>
        {/* 取消, not 返回: beside 退回 the two read alike. */}
        <Button size="large" sx={{ minHeight: 48 }} onClick={() => navigate(-1)}>
          {t('expert.cancel')}
        </Button>
      </Box>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="return-confirm-title" aria-describedby="return-confirm-text">
        <DialogTitle id="return-confirm-title">{t('review.confirmTitle', { name: institutionName })}</DialogTitle>
        <DialogContent>
          <DialogContentText id="return-confirm-text">{t('review.confirmText', { n: commentCount })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} sx={{ minHeight: 44 }}>
            {t('expert.cancel')}
          </Button>
          <Button variant="contained" color="warning" onClick={() => void send()} sx={{ minHeight: 44 }}>
            {t('review.send')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
