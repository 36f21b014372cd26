import Typography from '@mui/material/Typography';
import { PageState } from '../../../components/PageState';
import { useI18n } from '../../../i18n/i18n-context';
import { useRounds } from '../../institution/api';

/** `/expert`: the expert's area. The on-site flow builds on this foundation in the next issue. */
export function ExpertHome() {
  const { t, l } = useI18n();
  const rounds = useRounds();
  if (!rounds.data) return <PageState error={rounds.error} />;
  return (
    <>
      <Typography variant="h4" component="h1">
        {t('expert.title')}
      </Typography>
      <Typography sx={{ my: 2 }}>{t('expert.intro')}</Typography>
      <ul>
        {rounds.data.map((r) => (
          <li key={r.id}>
            {l(r.name)} · {r.checklistId} v{r.checklistVersion} · {r.institutionIds?.length ?? 0}
          </li>
        ))}
      </ul>
    </>
  );
}
