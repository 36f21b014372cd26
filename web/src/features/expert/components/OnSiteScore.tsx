import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import type { ScoreResult } from '../../../lib/engine';

/**
 * The live score of the on-site evaluation beside the institution's, in a bar that stays in view
 * (at the foot of a phone screen) and folds its per-section detail away.
 */
export function OnSiteScore({ expert, self }: { expert: ScoreResult; self: ScoreResult | null }) {
  const { t, l, num } = useI18n();
  const [open, setOpen] = useState(false);
  const total = (r: ScoreResult | null) => (r?.total == null ? '—' : num(r.total, 1));
  const selfSections = new Map((self?.sections ?? []).map((s) => [s.id, s.score]));
  return (
    <Paper component="aside" aria-label={t('score.title')} variant="outlined" sx={{ p: 1.5, position: 'sticky', bottom: 0, top: { md: 80 }, zIndex: 2, boxShadow: { xs: 4, md: 0 } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }} aria-live="polite">
        <div>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('onsite.expertTotal')}
          </Typography>
          <Typography variant="h5" component="div" data-testid="live-total">
            {total(expert)}
          </Typography>
        </div>
        <div>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('onsite.selfTotal')}
          </Typography>
          <Typography variant="h5" component="div" data-testid="self-total">
            {total(self)}
          </Typography>
        </div>
        <Button sx={{ ml: 'auto', minHeight: 44 }} aria-expanded={open} aria-controls="onsite-score-detail" onClick={() => setOpen(!open)}>
          {open ? t('onsite.hideScore') : t('onsite.showScore')}
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
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {t('score.preview')}
        </Typography>
      </Collapse>
    </Paper>
  );
}
