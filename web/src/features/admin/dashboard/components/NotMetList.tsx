import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../../i18n/i18n-context';
import type { notMetRanking } from '../dashboard-model';

/** The criteria most often not met, with how many institutions missed each (left unanswered and partly met shown beside). */
export function NotMetList({ items }: { items: ReturnType<typeof notMetRanking> }) {
  const { t, l } = useI18n();
  if (!items.length) return <Typography color="text.secondary">—</Typography>;
  return (
    <Box component="ol" sx={{ pl: 3, m: 0 }} data-testid="not-met">
      {items.map((x) => (
        <li key={x.criterion.id} data-criterion={x.criterion.id}>
          <Typography variant="body2">
            {l(x.criterion.title)}（{x.criterion.clause}）· {t('dash.notMetCount')} {x.notMet} / {x.scored}
            {x.missing ? ` · ${t('crit.unanswered')} ${x.missing}` : ''}
            {x.partial ? ` · ${t('crit.partial')} ${x.partial}` : ''}
          </Typography>
        </li>
      ))}
    </Box>
  );
}
