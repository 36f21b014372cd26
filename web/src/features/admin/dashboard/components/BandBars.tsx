import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../../i18n/i18n-context';
import type { bandCounts } from '../dashboard-model';

/** Band distribution as labelled bars (plain HTML: prints sharply, needs no chart code). */
export function BandBars({ counts }: { counts: ReturnType<typeof bandCounts> }) {
  const { t, l } = useI18n();
  const lines = [...counts.bands.map((b) => ({ key: b.id, label: l(b.label), count: b.count })), { key: '-', label: t('dash.unscored'), count: counts.unscored }];
  const max = Math.max(1, ...lines.map((x) => x.count));
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="band-distribution">
      {lines.map((x) => (
        <Box component="li" key={x.key} sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 0.5 }} data-band={x.key} data-count={x.count}>
          <Typography sx={{ width: 96, flexShrink: 0 }} variant="body2">{x.label}</Typography>
          <Box sx={{ height: 14, width: `${(x.count / max) * 70}%`, minWidth: 2, bgcolor: x.key === '-' ? 'grey.400' : 'primary.main', borderRadius: 0.5 }} />
          <Typography variant="body2">{x.count}</Typography>
        </Box>
      ))}
    </Box>
  );
}
