import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { StatusChip } from '../../../components/StatusChip';
import { useI18n } from '../../../i18n/i18n-context';
import type { Criterion, CriterionResult } from '../../../lib/engine';
import { EvidencePanel } from '../../evidence/components/EvidencePanel';
import { useLive } from '../live-context';

/** Under a field: each criterion it feeds, with its target, clause, live status, actual value and gap. */
export function CriterionStatus({ criterion }: { criterion: Criterion }) {
  const live = useLive();
  const { t, l } = useI18n();
  const result: CriterionResult | undefined = live?.results.get(criterion.id);
  if (!result) return null;
  return (
    <Box className="criterion-status" data-criterion={criterion.id} sx={{ mt: 0.5, mb: 2, px: 1.5, py: 1, borderLeft: 3, borderColor: 'divider', bgcolor: 'grey.50', borderRadius: 1 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }} aria-live="polite">
        <StatusChip status={result.status} />
        <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
          {l(result.title)}
        </Typography>
        {result.veto && (
          <Typography variant="caption" color="error">
            {t('crit.veto')}
          </Typography>
        )}
        {result.gap && (
          <Typography variant="body2" component="span" color="error.main" data-testid="gap">
            {l(result.gap.text)}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5, display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
        {result.target && (
          <span>
            {t('crit.target')}
            {t('common.colon')}
            {l(result.target.text)}
            {result.target.note ? ` (${l(result.target.note)})` : ''}
          </span>
        )}
        {result.actual && (
          <span data-testid="actual">
            {t('crit.actual')}
            {t('common.colon')}
            {l(result.actual.text)}
          </span>
        )}
        <span>
          {t('crit.clause')}
          {t('common.colon')}
          {result.clause}
        </span>
      </Typography>
      {(criterion.evidence || live?.capture) && live && <EvidencePanel criterion={criterion} />}
      {live?.addon?.(criterion)}
    </Box>
  );
}
