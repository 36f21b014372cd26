import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { Criterion } from '../../../lib/engine';
import { VALUE_TOLERANCE } from '../../../lib/published-engine';

/** At the top of the on-site page: how many criteria differ from the self-evaluation, each a jump to its field. */
export function DifferenceSummary({ differing, onGo }: { differing: readonly Criterion[]; onGo(criterionId: string): void }) {
  const { t, l } = useI18n();
  return (
    <Alert severity={differing.length ? 'warning' : 'success'} sx={{ mb: 2 }} data-testid="diff-summary">
      {differing.length ? t('onsite.diffCount', { n: differing.length }) : t('compare.none')}
      <Typography variant="caption" component="div">
        {t('onsite.tolerance', { pct: VALUE_TOLERANCE * 100 })}
      </Typography>
      {differing.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
          {differing.map((c) => (
            <Button key={c.id} size="small" variant="outlined" color="inherit" sx={{ minHeight: 44 }} onClick={() => onGo(c.id)}>
              {l(c.title)}
            </Button>
          ))}
        </Box>
      )}
    </Alert>
  );
}
