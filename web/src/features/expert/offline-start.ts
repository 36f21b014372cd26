import type { Schemas } from '../../api/client';
import type { DraftContent, PendingDraft } from '../offline';

type Submission = Schemas['Submission'];
type Round = Schemas['Round'];

/** An on-site evaluation started on the device: the API's create request, the copy the page opens, its first content. */
export interface OfflineStart {
  body: Record<string, unknown>;
  submission: Submission;
  content: DraftContent;
}

/**
 * The on-site evaluation the server would create, made on the device when there is no network.
 * It needs the institution's self-evaluation as read before (the round's list holds it once
 * submitted): its context is the institution's, which the live score needs and the device has
 * no other way to know. `prefill` copies its answers and counts its files, as the server does;
 * refused (undefined) when the server would refuse it too (another checklist version). The
 * server's own copy replaces this one once created.
 */
export function offlineOnSite(round: Round, self: Submission, prefill: boolean, user: string, now: Date): OfflineStart | undefined {
  const participant = self.regionId ? { regionId: self.regionId } : self.institutionId ? { institutionId: self.institutionId } : undefined;
  if (!participant || self.kind !== 'self' || self.roundId !== round.id) return undefined;
  if (prefill && (self.checklistVersion !== round.checklistVersion || (self.status !== 'submitted' && self.status !== 'scored'))) return undefined;
  const id = `${round.id}.${self.regionId ?? self.institutionId}.expert`;
  const files = prefill ? Object.fromEntries(Object.entries(self.evidence ?? {}).filter(([, list]) => list.length > 0)) : {};
  const content: DraftContent = { answers: prefill ? structuredClone(self.answers) : {}, evidence: {} };
  const at = now.toISOString();
  const submission: Submission = {
    id,
    roundId: round.id,
    ...participant,
    kind: 'expert',
    checklistId: round.checklistId,
    checklistVersion: round.checklistVersion,
    status: 'draft',
    revision: 0,
    // Not on the server yet: the first save goes over the version the create returns.
    version: 0,
    context: { ...self.context },
    answers: content.answers,
    evidence: {},
    comments: [],
    ...(prefill ? { prefilledFrom: { submissionId: self.id, revision: self.revision } } : {}),
    ...(Object.keys(files).length ? { inheritedEvidence: { submissionId: self.id, files } } : {}),
    createdAt: at,
    updatedAt: at,
  } as Submission;
  return { body: { roundId: round.id, ...participant, kind: 'expert', ...(prefill ? { prefillFrom: self.id } : {}) }, submission, content };
}

/** The on-site evaluation a pending record started offline, if it is one. */
export function startedSubmission(record: PendingDraft | undefined): Submission | undefined {
  return record?.start?.submission as Submission | undefined;
}
