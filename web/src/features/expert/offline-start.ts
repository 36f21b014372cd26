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
 * What the device knows of the participant an evaluation is of: its directory record's context
 * (the institutions and regions lists the home page reads, kept by the service worker) and its
 * self-evaluation, when submitted and read before.
 */
export interface KnownParticipant {
  type: 'institution' | 'region';
  id: string;
  context?: Record<string, unknown>;
  self?: Submission;
}

/**
 * The context the server gives a new evaluation: the directory record's, with the round's year
 * and type (the server also drops keys the checklist does not declare; the engine ignores them
 * meanwhile). Without the record, the self-evaluation's, which was made the same way.
 */
function contextOf(round: Round, known: KnownParticipant): Record<string, unknown> | undefined {
  if (known.context) return { ...known.context, year: round.year, round: round.type };
  return known.self && { ...known.self.context };
}

/**
 * The on-site evaluation the server would create, made on the device when there is no network.
 * It needs the participant's context (the live score and which criteria apply depend on it):
 * from its directory record, else from its self-evaluation. A blank start needs nothing more, so
 * an institution that has not submitted can be evaluated offline too. `prefill` copies the
 * submitted self-evaluation's answers and counts its files, as the server does. Refused
 * (undefined) when the server would refuse it too (another checklist version, another round).
 * The server's own copy replaces this one once created.
 */
export function offlineOnSite(round: Round, known: KnownParticipant, prefill: boolean, user: string, now: Date): OfflineStart | undefined {
  const { self } = known;
  const participant = known.type === 'region' ? { regionId: known.id } : { institutionId: known.id };
  if (self && (self.kind !== 'self' || self.roundId !== round.id || (self.regionId ?? self.institutionId) !== known.id)) return undefined;
  if (prefill && (!self || self.checklistVersion !== round.checklistVersion || (self.status !== 'submitted' && self.status !== 'scored'))) return undefined;
  const context = contextOf(round, known);
  if (!context) return undefined;
  const id = `${round.id}.${known.id}.expert`;
  const from = prefill ? self : undefined;
  const files = from ? Object.fromEntries(Object.entries(from.evidence ?? {}).filter(([, list]) => list.length > 0)) : {};
  const content: DraftContent = { answers: from ? structuredClone(from.answers) : {}, evidence: {} };
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
    context,
    answers: content.answers,
    evidence: {},
    comments: [],
    ...(from ? { prefilledFrom: { submissionId: from.id, revision: from.revision } } : {}),
    ...(from && Object.keys(files).length ? { inheritedEvidence: { submissionId: from.id, files } } : {}),
    createdAt: at,
    updatedAt: at,
  } as Submission;
  return { body: { roundId: round.id, ...participant, kind: 'expert', ...(from ? { prefillFrom: from.id } : {}) }, submission, content };
}

/** Whether a blank on-site evaluation of `known` can start on the device (what the start dialog tells the expert offline). */
export function startsOnDevice(round: Round, known: KnownParticipant): boolean {
  return offlineOnSite(round, known, false, '', new Date(0)) !== undefined;
}

/** The on-site evaluation a pending record started offline, if it is one. */
export function startedSubmission(record: PendingDraft | undefined): Submission | undefined {
  return record?.start?.submission as Submission | undefined;
}
