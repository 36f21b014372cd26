import { useParams } from 'react-router-dom';
import { PageState } from '../../../components/PageState';
import { useChecklist, usePreparedForm, useSubmission } from '../../filling/api/queries';
import { submissionIdOf, useOptionalSubmission, type SubmissionRecord } from '../api/queries';
import { OnSiteForm } from './OnSiteForm';

/** `/expert/onsite/:id`: the expert's on-site evaluation beside the institution's self-evaluation. */
export function OnSitePage() {
  const { id } = useParams();
  const submission = useSubmission(id);
  const s = submission.data;
  // The participant's own evaluation: an institution's self-evaluation, or a region's by its commission.
  const participantId = s?.institutionId ?? (s as (SubmissionRecord & { regionId?: string }) | undefined)?.regionId;
  const self = useOptionalSubmission(s && participantId ? submissionIdOf(s.roundId, participantId, 'self') : undefined);
  const checklist = useChecklist(s?.checklistId, s?.checklistVersion);
  const compiled = usePreparedForm(checklist.data?.definition).data?.compiled;
  const failed = submission.error ?? checklist.error ?? self.error;
  const reads = [submission, self, checklist];
  if (failed || !s || !compiled || self.data === undefined)
    return <PageState error={failed} paused={reads.some((q) => q.fetchStatus === 'paused')} onRetry={() => reads.forEach((q) => q.error && void q.refetch())} />;
  // Answers of another checklist version do not score against this one: no side-by-side then.
  const comparable = self.data && self.data.checklistVersion === s.checklistVersion && self.data.status !== 'draft' ? self.data : null;
  return <OnSiteForm key={s.id} initial={s} self={comparable} compiled={compiled} />;
}
