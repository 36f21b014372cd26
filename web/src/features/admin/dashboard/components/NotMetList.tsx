import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../../i18n/i18n-context';
import type { NotMetItem } from '../dashboard-model';

/**
 * The criteria most often not met (the top ones the page passes), each named by its title and
 * plan clause, with how many institutions fell short of those it applied to, that share as a bar
 * and a percentage, and the unanswered and partly met beside.
 */
export function NotMetList({ items, scored }: { items: NotMetItem[]; /** Scored self-evaluations in view. */ scored: number }) {
  const { t, l, num, lang } = useI18n();
  // Nothing scored yet and nothing missed are different news: a lone dash said neither.
  if (!items.length) return <Typography color="text.secondary" data-testid="not-met-empty">{t(scored ? 'dash.notMetNone' : 'dash.notMetUnscored')}</Typography>;
  return (
    <Box component="ol" sx={{ pl: 3, m: 0, '& li': { mb: 0.75 } }} data-testid="not-met">
      {items.map((x) => {
        const percent = Math.round(x.share * 100);
        return (
          <li key={x.criterion.id} data-criterion={x.criterion.id} data-share={percent}>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {l(x.criterion.title)}
              <Typography component="span" variant="body2" color="text.secondary">{lang === 'zh' ? `（${x.criterion.clause}）` : ` (${x.criterion.clause})`}</Typography>
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Box aria-hidden="true" sx={{ flex: '0 0 72px', height: 6, bgcolor: 'grey.200', borderRadius: 1, overflow: 'hidden', '@media print': { printColorAdjust: 'exact' } }}>
                <Box sx={{ width: `${percent}%`, height: '100%', bgcolor: '#c62828' }} />
              </Box>
              <Typography variant="caption" color="text.secondary" data-testid="not-met-count">
                {t('dash.notMetShare', { n: num(x.notMet + x.missing), of: num(x.applicable), percent: num(percent) })}
                {x.missing ? ` · ${t('dash.notMetUnanswered', { n: num(x.missing) })}` : ''}
                {x.partial ? ` · ${t('crit.partial')} ${num(x.partial)}` : ''}
              </Typography>
            </Box>
          </li>
        );
      })}
    </Box>
  );
}
