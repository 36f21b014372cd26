import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useI18n } from '../../../i18n/i18n-context';
import { useInstitution, useRound } from '../../institution/api';
import { useRegionList, type SubmissionRecord } from '../api/queries';

/**
 * The on-site page's heading: whose evaluation (an institution, or a region evaluated by its
 * commission), which checklist and round, whether it started from a copy of the self-evaluation;
 * once submitted, a note that it is read-only with the way to the round's comparison.
 */
export function OnSiteHeader({ submission, checklistTitle, readOnly, status }: { submission: SubmissionRecord; checklistTitle: string; readOnly: boolean; status: ReactNode }) {
  const { t, l } = useI18n();
  const round = useRound(submission.roundId);
  const institution = useInstitution(submission.institutionId);
  const regionId = (submission as SubmissionRecord & { regionId?: string }).regionId;
  const regions = useRegionList();
  // Names only: on a slow network the ids (qingxu-renmin, demo-…) stood in the heading for seconds.
  const participantName = institution.data ? l(institution.data.name) : regionId ? l(regions.data?.find((r) => r.id === regionId)?.name) : '';
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h5" component="h1">
            {t('expert.ownState')}
            {participantName && ` · ${participantName}`}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {checklistTitle}
            {round.data && ` · ${l(round.data.name)}`}
          </Typography>
          <Typography variant="body2" color="text.secondary" data-testid="prefill-origin">
            {submission.prefilledFrom ? t('onsite.prefilled', { revision: submission.prefilledFrom.revision }) : t('onsite.blank')}
          </Typography>
        </Box>
        {status}
      </Box>
      {readOnly && (
        <Alert severity="info" sx={{ mb: 2 }} action={<Button component={RouterLink} to={`/rounds/${encodeURIComponent(submission.roundId)}/comparison`} sx={{ minHeight: 44 }}>{t('expert.comparison')}</Button>}>
          {t('onsite.submitted')}
        </Alert>
      )}
    </>
  );
}
