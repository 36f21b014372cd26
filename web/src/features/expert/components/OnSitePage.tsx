import { useParams } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { useChecklist, usePreparedForm, useSubmission } from '../../filling/api/queries';
import { submissionIdOf, useOptionalSubmission, useStartedOffline, type SubmissionRecord } from '../api/queries';
import { OnSiteForm } from './OnSiteForm';

/** `/expert/onsite/:id`: the expert's on-site evaluation beside the institution's self-evaluation. */
export function OnSitePage() {
  const { id } = useParams();
  const submission = useSubmission(id);
  // Started offline on this device and not created on the server yet: the device's copy.
  const startedHere = useStartedOffline();
  const local = submission.data ? undefined : startedHere.data?.get(id ?? '');
  const s = submission.data ?? local;
  // The participant's own evaluation: an institution's self-evaluation, or a region's by its commission.
  const participantId = s?.institutionId ?? (s as (SubmissionRecord & { regionId?: string }) | undefined)?.regionId;
  const self = useOptionalSubmission(s && participantId ? submissionIdOf(s.roundId, participantId, 'self') : undefined);
  const checklist = useChecklist(s?.checklistId, s?.checklistVersion);
  const compiled = usePreparedForm(checklist.data?.definition).data?.compiled;
  // Offline, a self-evaluation this device never read (or one still in draft: the server's 404 is
  // not kept) cannot be had: the expert still scores, told that it is not available offline.
  const selfUnavailable = self.data === undefined && (self.fetchStatus === 'paused' || (self.error !== null && !(self.error instanceof ApiError)));
  const failed = (local ? null : submission.error) ?? checklist.error ?? (selfUnavailable ? null : self.error);
  if (failed || !s || !compiled || (self.data === undefined && !selfUnavailable)) return <PageState query={[...(local ? [] : [submission]), checklist, ...(selfUnavailable ? [] : [self])]} />;
  // Answers of another checklist version do not score against this one: no side-by-side then.
  const comparable = self.data && self.data.checklistVersion === s.checklistVersion && self.data.status !== 'draft' ? self.data : null;
  return <OnSiteForm key={s.id} initial={s} self={comparable} selfUnavailable={selfUnavailable ? () => void self.refetch() : undefined} compiled={compiled} />;
}
