import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useBottomBarRoom } from '../../../components/use-bottom-bar-room';
import { useI18n } from '../../../i18n/i18n-context';
import { LiveBand } from '../../../components/LiveBand';
import { bandReading } from '../../../lib/band-reading';
import { vetoStanding, type ResultStage, type ScoreResult, type VetoStanding } from '../../../lib/published-engine';

/** One side of the bar (the expert's or the institution's): total, band and veto items, as its result page would show them. */
function SideScore({ label, result, stage, standing, testId }: { label: string; result: ScoreResult | null; stage: ResultStage; standing: VetoStanding | null; testId: string }) {
  const { t, num } = useI18n();
  const veto = !standing
    ? null
    : standing.hits.length > 0
      ? { text: t('onsite.vetoHitCount', { n: standing.hits.length }), color: 'error.main' }
      : standing.unanswered.length > 0
        ? { text: t('onsite.vetoPendingCount', { n: standing.unanswered.length }), color: 'text.secondary' }
        : { text: t('result.vetoNone'), color: 'text.secondary' };
  return (
    <div data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
        <Typography variant="h5" component="span" sx={{ fontSize: { xs: '1.25rem', md: undefined } }} data-testid={testId === 'expert-score' ? 'live-total' : 'self-total'}>
          {result?.total == null ? '—' : num(result.total, 1)}
        </Typography>
        <Typography variant="body2" component="span" data-testid="band">
          {result ? <LiveBand reading={bandReading(result, stage)} /> : '—'}
        </Typography>
      </Box>
      {veto && (
        <Typography variant="caption" component="div" sx={{ color: veto.color }} data-testid="veto" data-veto-hit={standing!.hits.length > 0 || undefined}>
          {veto.text}
        </Typography>
      )}
    </div>
  );
}

/** Both pages' `md` breakpoint (900 px): below it the bar sits at the foot of the screen. */
const PHONE = '@media (max-width: 899.95px)';
/**
 * Folded on a phone the bar is one row (label, total and band of each side): the provisional note
 * and a veto line that is no news (none, or not answered yet) wait in the unfolded bar, beside the
 * detail that explains them. A veto hit stays in view: it decides the verdict.
 */
const FOLDED = { '& .live-band-note, & [data-testid="veto"]:not([data-veto-hit])': { display: 'none' } };
/** The chevron of "show score" (Material's expand-less: the bar unfolds upwards). */
const EXPAND_LESS = 'M12 8l-6 6 1.41 1.41L12 10.83l4.59 4.58L18 14z';

/**
 * The live score of the on-site evaluation beside the institution's, in a bar that stays in view
 * (at the foot of a phone screen) and folds its per-section detail away. Each side shows its
 * total, band (等级) and veto items (一票否决), as the institution's result page does: an expert
 * on site sees at once where the two verdicts part. `stage` is the expert's own: while it is a
 * draft, a veto item not answered yet is pending, not a hit; the institution's evaluation was
 * handed in, so its unanswered veto items count as hits, as they did when it was scored.
 */
export function OnSiteScore({ expert, self, stage }: { expert: ScoreResult; self: ScoreResult | null; stage: ResultStage }) {
  const { t, l, num } = useI18n();
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  useBottomBarRoom(bar);
  const expertStanding = vetoStanding(expert, stage);
  const selfStanding = self ? vetoStanding(self, 'final') : null;
  const selfSections = new Map((self?.sections ?? []).map((s) => [s.id, s.score]));
  const titles = new Map(expert.criteria.map((c) => [c.id, c.title]));
  const names = (ids: string[]) => ids.map((id) => l(titles.get(id))).join(t('common.enumSeparator'));
  // Hits by name; for the expert's draft, the veto items not answered yet too (pending, not hits).
  const vetoText = (s: VetoStanding, pending: boolean) => (
    <>
      {s.hits.length ? t('score.vetoHits', { items: names(s.hits) }) : t('result.vetoNone')}
      {pending && s.unanswered.length > 0 && <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>{t('onsite.vetoUnansweredItems', { items: names(s.unanswered) })}</Box>}
    </>
  );
  return (
    <Paper ref={bar} component="aside" aria-label={t('score.title')} variant="outlined" sx={{ p: { xs: 1, md: 1.5 }, position: 'sticky', bottom: 0, top: { md: 80 }, zIndex: 2, boxShadow: { xs: 4, md: 0 }, [PHONE]: open ? {} : FOLDED }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: { xs: 1.5, md: 2 }, flexWrap: { xs: 'nowrap', md: 'wrap' }, '& > [data-testid]': { minWidth: 0 } }} aria-live="polite">
        <SideScore label={t('onsite.expertTotal')} result={expert} stage={stage} standing={expertStanding} testId="expert-score" />
        <SideScore label={t('onsite.selfTotal')} result={self} stage="final" standing={selfStanding} testId="self-score" />
        {/* On a phone a chevron, so the folded bar is one row; the name is the same either way. */}
        <Button sx={{ ml: 'auto', minHeight: 44, minWidth: 44, flexShrink: 0, px: 1 }} aria-label={open ? t('onsite.hideScore') : t('onsite.showScore')} aria-expanded={open} aria-controls="onsite-score-detail" onClick={() => setOpen(!open)}>
          <Box component="span" sx={{ display: { xs: 'none', md: 'inline' } }}>{open ? t('onsite.hideScore') : t('onsite.showScore')}</Box>
          <Box component="svg" viewBox="0 0 24 24" width={24} height={24} focusable="false" aria-hidden="true" sx={{ display: { md: 'none' }, transform: open ? 'rotate(180deg)' : undefined }}>
            <path d={EXPAND_LESS} fill="currentColor" />
          </Box>
        </Button>
      </Box>
      <Collapse in={open}>
        <Box id="onsite-score-detail" component="table" sx={{ width: '100%', borderCollapse: 'collapse', mt: 1, '& td, & th': { py: 0.5, borderBottom: 1, borderColor: 'divider', fontSize: 14 }, '& td:not(:first-of-type), & th:not(:first-of-type)': { textAlign: 'right', whiteSpace: 'nowrap', pl: 1 } }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left' }}>{t('score.sections')}</th>
              <th scope="col">{t('onsite.expert')}</th>
              <th scope="col">{t('onsite.institution')}</th>
            </tr>
          </thead>
          <tbody>
            {expert.sections.map((s) => {
              const mine = selfSections.get(s.id);
              return (
                <tr key={s.id}>
                  <td>{l(s.title)}</td>
                  <td>{s.score === null ? t('score.noneApplies') : num(s.score, 1)}</td>
                  <td>{mine == null ? '—' : num(mine, 1)}</td>
                </tr>
              );
            })}
          </tbody>
        </Box>
        <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
          {t('score.veto')}
        </Typography>
        <Box component="dl" sx={{ m: 0, fontSize: 14, '& dt': { fontWeight: 600 }, '& dd': { m: 0, mb: 0.5 } }} data-testid="veto-detail">
          <dt>{t('onsite.expertTotal')}</dt>
          <dd>{vetoText(expertStanding, stage === 'draft')}</dd>
          {selfStanding && (
            <>
              <dt>{t('onsite.selfTotal')}</dt>
              <dd>{vetoText(selfStanding, false)}</dd>
            </>
          )}
        </Box>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {t('score.preview')}
        </Typography>
      </Collapse>
    </Paper>
  );
}
