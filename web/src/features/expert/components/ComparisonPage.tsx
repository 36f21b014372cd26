import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { OfflineNote } from '../../../components/OfflineNote';
import { StatusChip } from '../../../components/StatusChip';
import { useI18n } from '../../../i18n/i18n-context';
import type { CriterionStatus } from '../../../lib/engine';
import type { MessageKey } from '../../../i18n/messages';
import { useComparison } from '../api/queries';

type Side = Schemas['ComparedSide'] | null;

/** `/rounds/:id/comparison`: self vs expert per institution and criterion, largest disagreements first. */
export function ComparisonPage() {
  const { id } = useParams();
  const comparison = useComparison(id);
  const { t, l, num } = useI18n();
  if (!comparison.data) return <PageState query={comparison} />;
  const { institutions, differences } = comparison.data;
  // Each side's note (an expert's observation on site) under its reading: what the expert saw is
  // often the reason for a different reading, and it was nowhere else to read once submitted.
  const side = (s: Side, noteLabel: MessageKey) =>
    s ? (
      <>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
          <StatusChip status={s.status as CriterionStatus} final />
          <Typography variant="body2" component="span" sx={{ overflowWrap: 'anywhere' }}>
            {s.text ? l(s.text) : ''}
          </Typography>
          {/* The one reason the status chip does not carry: the same value reads 未达标 without its evidence. */}
          {s.reason === 'evidence-missing' && (
            <Typography variant="body2" component="span" color="error.dark" data-testid="side-reason">
              {t('compare.evidenceMissing')}
            </Typography>
          )}
        </Box>
        {s.note && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="side-note">
            {t(noteLabel)}
            {t('common.colon')}
            {s.note}
          </Typography>
        )}
      </>
    ) : (
      <Typography variant="body2" color="text.secondary">
        {t('compare.pending')}
      </Typography>
    );
  // Differences are points (a criterion's own, or the total's on the 100-point scale): shown with the unit.
  const signed = (n: number | null | undefined) => (n == null ? '—' : t('compare.points', { n: `${n > 0 ? '+' : ''}${num(n, 1)}` }));
  // A criterion's gap: "0 分" read as the item scoring nothing, so no gap is said in words: the same
  // reading, or (values apart, see scoring/difference.ts) the same points.
  const gap = (c: { different: boolean; pointsDifference: number | null }) => (c.pointsDifference !== 0 ? signed(c.pointsDifference) : t(c.different ? 'compare.samePoints' : 'compare.same'));
  return (
    <>
      <OfflineNote />
      <Typography variant="h5" component="h1">
        {t('compare.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {l(comparison.data.round.name)} · {l(comparison.data.checklistTitle)}
      </Typography>
      <Typography variant="h6" component="h2">
        {t('compare.largest')}
      </Typography>
      {differences.length === 0 ? (
        <Alert severity="info" sx={{ my: 1 }}>
          {t('compare.none')}
        </Alert>
      ) : (
        <Box component="ol" sx={{ pl: 3, my: 1 }} data-testid="largest">
          {differences.slice(0, 20).map((d) => (
            <li key={`${d.institutionId}-${d.criterionId}`} data-difference={d.criterionId}>
              <Typography variant="body2">
                <strong>{l(d.title)}</strong> · {l(d.name)} · {t('compare.self')} {t(`crit.${d.self.status}` as MessageKey)} → {t('compare.expert')} {t(`crit.${d.expert.status}` as MessageKey)} ({gap({ different: true, pointsDifference: d.pointsDifference })})
              </Typography>
            </li>
          ))}
        </Box>
      )}
      {institutions.map((row) => (
        <Box component="section" key={row.institutionId} aria-labelledby={`inst-${row.institutionId}`} sx={{ mt: 3 }} data-institution={row.institutionId}>
          <Typography variant="h6" component="h2" id={`inst-${row.institutionId}`}>
            {l(row.name)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('compare.total')}
            {t('common.colon')}
            {t('compare.self')} {row.self?.total == null ? '—' : num(row.self.total, 1)} · {t('compare.expert')} {row.expert?.total == null ? '—' : num(row.expert.total, 1)} · {t('compare.diff')} {signed(row.totalDifference)}
            {row.comparable ? ` · ${t('compare.disagreements', { n: row.disagreements })}` : ''}
          </Typography>
          {!row.comparable ? (
            <Alert severity="info" sx={{ my: 1 }}>
              {t('compare.notComparable')}
              {' · '}
              {t('compare.self')}
              {t('common.colon')}
              {t((row.self ? `status.${row.self.status}` : 'status.none') as MessageKey)}
              {' · '}
              {t('compare.expert')}
              {t('common.colon')}
              {t((row.expert ? `status.${row.expert.status}` : 'status.none') as MessageKey)}
            </Alert>
          ) : (
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1, display: 'grid', gap: 0.5 }}>
              {row.criteria.map((c) => (
                <Paper
                  component="li"
                  variant="outlined"
                  key={c.criterionId}
                  data-criterion={c.criterionId}
                  data-different={c.different}
                  sx={{ p: 1, borderWidth: c.different ? 2 : 1, borderColor: c.different ? 'warning.main' : 'divider', bgcolor: c.different ? '#fff8e1' : 'background.paper' }}
                >
                  <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {l(c.title)}
                    </Typography>
                    <Typography variant="body2" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} aria-label={t('compare.diff')}>
                      {gap(c)}
                    </Typography>
                  </Box>
                  <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 1, mt: 0.5 }}>
                    <div>
                      <Typography variant="caption" color="text.secondary" component="div">
                        {t('compare.self')}
                      </Typography>
                      {side(c.self, 'compare.selfNote')}
                    </div>
                    <div>
                      <Typography variant="caption" color="text.secondary" component="div">
                        {t('compare.expert')}
                      </Typography>
                      {side(c.expert, 'onsite.note')}
                    </div>
                  </Box>
                </Paper>
              ))}
            </Box>
          )}
        </Box>
      ))}
    </>
  );
}
