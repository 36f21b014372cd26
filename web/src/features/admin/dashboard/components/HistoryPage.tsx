import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { useI18n } from '../../../../i18n/i18n-context';
import { useInstitutionHistory } from '../api/queries';
import { ADMIN_LINKS, OVERSEER_LINKS } from '../dashboard-links';
import { HistoryPoints } from './HistoryPoints';

/**
 * `/admin/institutions/:id/history`: one institution across baseline → annual → final.
 * `overseen`: a commission's (`/oversee/institutions/:id/history`), linking to its own result page.
 */
export function HistoryPage({ overseen = false }: { overseen?: boolean } = {}) {
  const { id } = useParams();
  const { t, l } = useI18n();
  const history = useInstitutionHistory(id);
  const h = history.data;
  if (!h) return <PageState query={history} />;
  return (
    <>
      <OfflineNote />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('history.title')} · {l(h.institution.name)}
      </Typography>
      {h.points.length === 0 ? <Alert severity="info">{t('history.none')}</Alert> : <HistoryPoints points={h.points} criterionTitles={h.criterionTitles} links={overseen ? OVERSEER_LINKS : ADMIN_LINKS} />}
    </>
  );
}

/** `/oversee/institutions/:id/history`: an institution a commission oversees, across rounds. */
export function OverseenHistoryPage() {
  return <HistoryPage overseen />;
}
