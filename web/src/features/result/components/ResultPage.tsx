import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageState } from '../../../components/PageState';
import { OfflineNote } from '../../../components/OfflineNote';
import { useI18n } from '../../../i18n/i18n-context';
import { vetoBasisText, vetoStanding } from '../../../lib/engine';
import { useChecklist, useSubmission } from '../../filling/api/queries';
import { useInstitution, useRound } from '../../institution/api';
import { useResult } from '../api/queries';
import { CriteriaTable } from './CriteriaTable';

const SectionChart = lazy(() => import('./SectionChart'));

/** `/inst/result/:id`: the server's result, explained; prints as an A4 report. */
export function ResultPage() {
  const { id } = useParams();
  const { t, l, num, date } = useI18n();
  const submission = useSubmission(id);
  const result = useResult(id);
  const round = useRound(submission.data?.roundId);
  const institution = useInstitution(submission.data?.institutionId);
  const checklist = useChecklist(submission.data?.checklistId, submission.data?.checklistVersion);
  const [onlyNotMet, setOnlyNotMet] = useState(false);
  if (submission.error) return <PageState query={submission} />;
  // Offline with nothing kept, the result is not "being scored": it waits for the network.
  if (!result.data && result.fetchStatus === 'paused') return <PageState query={result} />;
  if (result.isPending || (result.error && (result.error as { status?: number }).status === 409)) {
    return (
      <Alert severity="info" role="status">
        {t('result.pending')}
      </Alert>
    );
  }
  if (result.error || !result.data) return <PageState query={result} />;
  const r = result.data;
  const titles = new Map(r.criteria.map((c) => [c.id, l(c.title)]));
  // Handed in, an unanswered veto item is a hit (the documented rule); the report says which and why.
  const vetoUnanswered = vetoStanding(r, 'final').unanswered;
  // The submission read before scoring finished has no score yet: the report is then dated today.
  const scoredAt = submission.data?.score?.scoredAt ?? new Date().toISOString();

  return (
    <Box className="result-page">
      <OfflineNote />
      <Box className="print-only report-header" sx={{ mb: 2, borderBottom: '1pt solid #000', pb: 1 }}>
        <Typography variant="h5" component="p">
          {checklist.data ? l(checklist.data.title) : r.checklist.id} · {t('result.title')}
        </Typography>
        <Typography component="p">
          {t('result.institution')}{t('common.colon')}{institution.data ? l(institution.data.name) : submission.data?.institutionId}　{t('result.round')}{t('common.colon')}{round.data ? l(round.data.name) : submission.data?.roundId}　{t('result.date')}{t('common.colon')}
          {date(scoredAt, true)}
        </Typography>
        <Typography component="p" variant="body2">
          {t('result.checklistVersion')} {r.checklist.id} v{r.checklist.version} · {t('result.engineVersion')} {r.engineVersion}
        </Typography>
      </Box>
      <Box className="no-print" sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <div>
          <Typography variant="h4" component="h1">
            {t('result.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {institution.data ? l(institution.data.name) : ''} · {round.data ? l(round.data.name) : ''}
          </Typography>
        </div>
        <Button variant="outlined" onClick={() => window.print()}>
          {t('result.print')}
        </Button>
      </Box>
      <Paper variant="outlined" sx={{ p: 2, my: 2, display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'baseline' }}>
        <div>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('result.total')}
          </Typography>
          <Typography variant="h3" component="p">
            <span data-testid="result-total">{r.total === null ? '—' : num(r.total, 1)}</span>
            {/* The total is on a 100-point scale whatever the checklist's weights: say so beside it. */}
            {r.total !== null && <Box component="span" sx={{ typography: 'body1', color: 'text.secondary', ml: 0.5 }}>/ 100</Box>}
          </Typography>
        </div>
        <div>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('result.band')}
          </Typography>
          <Typography variant="h5" component="p" data-testid="result-band">
            {r.band ? l(r.band.label) : '—'}
          </Typography>
        </div>
        <Box sx={{ flexBasis: '100%' }}>
          {r.vetoHits.length === 0 ? (
            <Typography variant="body2">{t('result.vetoNone')}</Typography>
          ) : (
            <Alert severity="error">
              {r.band?.id !== r.bandBeforeVeto?.id
                ? t('result.vetoHit', { items: r.vetoHits.map((v) => titles.get(v) ?? v).join(t('common.enumSeparator')), band: l(r.band?.label), before: l(r.bandBeforeVeto?.label) })
                : t('result.vetoHitNoCap', { items: r.vetoHits.map((v) => titles.get(v) ?? v).join(t('common.enumSeparator')) })}
              {vetoUnanswered.length > 0 && (
                <Box component="p" sx={{ m: 0, mt: 1 }} data-testid="veto-unanswered">
                  {t('score.vetoUnansweredFinal', { items: vetoUnanswered.map((v) => titles.get(v) ?? v).join(t('common.enumSeparator')) })}
                </Box>
              )}
              <Box component="ul" sx={{ m: 0, mt: 1, pl: 2 }} data-testid="veto-basis">
                {r.criteria
                  .filter((c) => r.vetoHits.includes(c.id))
                  .map((c) => (
                    <li key={c.id}>
                      {t('result.vetoBasis', { item: l(c.title), basis: l(vetoBasisText(c.vetoBasis)) })}
                    </li>
                  ))}
              </Box>
            </Alert>
          )}
        </Box>
      </Paper>
      <Typography variant="h6" component="h2">
        {t('result.chart')}
      </Typography>
      <Suspense fallback={<PageState />}>
        <SectionChart sections={r.sections} />
      </Suspense>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mt: 3, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {t('result.table')}
        </Typography>
        <FormControlLabel className="no-print" control={<Switch checked={onlyNotMet} onChange={(e) => setOnlyNotMet(e.target.checked)} />} label={t('result.onlyNotMet')} />
      </Box>
      <CriteriaTable
        result={r}
        submissionId={id!}
        evidence={(submission.data?.evidence ?? {}) as Record<string, { name: string }[]>}
        notes={{ label: t(submission.data?.kind === 'self' ? 'result.selfNote' : 'result.expertNote'), byCriterion: submission.data?.notes ?? {} }}
        onlyNotMet={onlyNotMet}
      />
      <Typography component="footer" variant="caption" color="text.secondary" sx={{ display: 'block', mt: 3, wordBreak: 'break-all' }} data-testid="result-foot">
        {t('result.checklistVersion')}{t('common.colon')}{r.checklist.id} v{r.checklist.version} · {t('result.engineVersion')}{t('common.colon')}{r.engineVersion} · {t('result.inputHash')}{t('common.colon')}{r.inputHash}
      </Typography>
    </Box>
  );
}
