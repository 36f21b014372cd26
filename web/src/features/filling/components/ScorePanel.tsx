import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { LiveBand } from '../../../components/LiveBand';
import { bandReading } from '../../../lib/band-reading';
import type { ResultStage, ScoreResult } from '../../../lib/published-engine';
import { VetoStandingNote } from './VetoStandingNote';

/**
 * Total, band, veto items and each section, recomputed as the user types; stays in view. `stage`
 * is `draft` while the form can still change: a veto item not answered yet is then pending, not a
 * hit, and does not cap the band shown; a blank draft shows no band, an incomplete one a provisional one.
 */
export function ScorePanel({ result, stage, onSection }: { result: ScoreResult; stage: ResultStage; onSection(index: number): void }) {
  const { t, l, num } = useI18n();
  const reading = bandReading(result, stage);
  return (
    <Paper component="aside" aria-label={t('score.title')} variant="outlined" className="score-panel" sx={{ p: 2, position: 'sticky', top: { md: 80 }, bottom: { xs: 0, md: 'auto' }, zIndex: 2, boxShadow: { xs: 4, md: 0 } }}>
      <Typography variant="h6" component="h2" sx={{ display: { xs: 'none', md: 'block' } }}>
        {t('score.title')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 3, alignItems: 'baseline', my: { xs: 0, md: 1 } }} aria-live="polite">
        <div>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('score.total')}
          </Typography>
          <Typography variant="h4" component="div">
            <span data-testid="live-total">{result.total === null ? '—' : num(result.total, 1)}</span>
            {result.total !== null && <Box component="span" sx={{ typography: 'body2', color: 'text.secondary', ml: 0.5 }}>/ 100</Box>}
          </Typography>
        </div>
        <div>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('score.band')}
          </Typography>
          <Typography variant="h6" component="div" data-testid="live-band">
            <LiveBand reading={reading} />
          </Typography>
        </div>
      </Box>
      {stage === 'draft' && result.counts.missing > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, display: { xs: 'none', md: 'block' } }} data-testid="live-missing">
          {t('score.missing', { n: result.counts.missing })}
        </Typography>
      )}
      <VetoStandingNote result={result} stage={stage} pendingOnPhone={false} />
      <Typography variant="subtitle2" component="h3" sx={{ mt: 1, display: { xs: 'none', md: 'block' } }}>
        {t('score.sections')}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: { xs: 'none', md: 'block' } }}>
        {result.sections.map((s, i) => (
          <li key={s.id}>
            <Box component="button" type="button" onClick={() => onSection(i)} sx={{ all: 'unset', cursor: 'pointer', display: 'flex', justifyContent: 'space-between', gap: 1, width: '100%', py: 0.5, borderBottom: 1, borderColor: 'divider', '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' } }}>
              <Typography variant="body2" component="span">
                {l(s.title)}
              </Typography>
              <Typography variant="body2" component="span" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {s.score === null ? t('score.noneApplies') : t('result.outOf100', { score: num(s.score, 1) })}
              </Typography>
            </Box>
          </li>
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1, display: { xs: 'none', md: 'block' } }} data-testid="score-note">
        {/* Once submitted there is nothing left to preview: the server's score is on the result page. */}
        {stage === 'final' ? t('score.submittedNote') : t('score.preview')}
      </Typography>
    </Paper>
  );
}
