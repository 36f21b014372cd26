import { canCreateSubmission, canReadSubmission, ensure, oversees, visibleToInstitution, visibleToOverseer } from '../access/access-rules.js';
import { InvalidStateError, NotFoundError, ValidationError, type Issue } from '../errors.js';
import { roundHas, roundRegionIds, type Participant } from '../model/participant.js';
import type { EvaluationRound } from '../model/round.js';
import type { EvidenceFile, Submission, SubmissionKind } from '../model/submission.js';
import type { PreparedChecklist } from '../ports/checklist-engine.js';
import type { Principal } from '../ports/token-verifier.js';
import { advanceSave, changedKeys, created } from './audit.js';
import { foldEvidenceChanges, foldFieldChanges, type SaveDiff } from './audit-diff.js';
import { loadScope } from './commission-scope-loader.js';
import { requirePrepared } from './prepared-checklist.js';
import type { ServiceDeps } from './service-deps.js';
import { loadVisibleRound } from './round-access.js';
import { checkVersion, loadSubmission, type SubmissionInRound } from './submission-access.js';
import { hintedSubmission, withHints } from './hinted-submission.js';
import { checkNewEvidenceContent } from './evidence-content.js';
import { checkEvidenceRefs } from './evidence-rules.js';
import { cleanNotes, noteIssues } from './notes.js';
import { inheritEvidence } from './inherited-evidence.js';
import { checkPrefilledSize, loadPrefill } from './prefill.js';

export interface CreateSubmissionInput {
  roundId: string;
  /** The institution evaluated, in an institution round (an institution's own by default). */
  institutionId?: string;
  /** The region evaluated, in a region round (a commission's own by default). */
  regionId?: string;
  kind: SubmissionKind;
  /** An expert evaluation's starting answers: the id of the institution's submitted self-evaluation. */
  prefillFrom?: string;
}

export interface SaveSubmissionInput {
  version: number;
  answers?: Record<string, unknown>;
  context?: Record<string, string | number>;
  evidence?: Record<string, EvidenceFile[]>;
  notes?: Record<string, string>;
}

/** The states an author may save in; the write's condition checks it again. */
const EDITABLE = ['draft', 'returned'] as const;

/** Context keys the round fixes; a client cannot change them. */
const ROUND_CONTEXT = ['year', 'round'];

/**
 * The part of an institution's stored context that this checklist understands: an institution
 * takes part in rounds of different checklists, each declaring its own context fields.
 */
function contextFor(prepared: PreparedChecklist, context: Record<string, string | number>): Record<string, string | number> {
  const declared = new Set(prepared.definition.context.map((f) => f.id));
  const candidate = Object.fromEntries(Object.entries(context).filter(([key]) => declared.has(key)));
  const rejected = new Set(prepared.validateContext(candidate).map((issue) => issue.path.slice(1)));
  return Object.fromEntries(Object.entries(candidate).filter(([key]) => !rejected.has(key)));
}

/**
 * Context decides which criteria apply and which targets count, so an administrator sets it: in
 * the institution record (copied into each new submission) or by correcting a submission. The
 * author side may change only fields the checklist marks `declaredBy: "participant"`, whether or
 * not the record sets the others (else an institution could name itself another hospital and pick
 * its targets); `year` and `round` belong to the round and nobody changes them. Sending a value
 * back unchanged is fine.
 */
function fixedContextIssues(p: Principal, submission: Submission, prepared: PreparedChecklist, sent: Record<string, string | number>): Issue[] {
  const declared = new Map(prepared.definition.context.map((f) => [f.id, f.declaredBy ?? 'admin']));
  const changed = Object.entries(sent).filter(([key, value]) => String(submission.context[key]) !== String(value)).map(([key]) => key);
  return changed.flatMap((key) => {
    if (ROUND_CONTEXT.includes(key)) return [{ path: `/context/${key}`, code: 'context-fixed', message: `${key} is set by the round` }];
    if (p.role === 'admin' || declared.get(key) !== 'admin') return [];
    return [{ path: `/context/${key}`, code: 'context-fixed', message: `${key} is set by an administrator (in the institution record), not in the submission` }];
  });
}

/**
 * Submission ids are derived, so "one per round, participant and kind" is one conditional put. A
 * round lists institutions or regions, never both, so the two kinds of id cannot meet in a round.
 */
export function submissionId(roundId: string, participantId: string, kind: SubmissionKind): string {
  return `${roundId}.${participantId}.${kind}`;
}

/**
 * Whom a new submission evaluates: the one named, else the caller's own (an institution's
 * account, a commission's region), of the kind the round takes.
 */
function participantFor(p: Principal, round: EvaluationRound, input: CreateSubmissionInput): Participant {
  const regionRound = roundRegionIds(round).length > 0 && round.institutionIds.length === 0;
  const wrong = regionRound ? input.institutionId : input.regionId;
  if (wrong !== undefined) {
    const [field, takes] = regionRound ? ['institutionId', 'regions (regionId)'] : ['regionId', 'institutions (institutionId)'];
    throw new ValidationError(`Round ${round.id} evaluates ${takes}`, [{ path: `/${field}`, code: 'wrong-participant', message: `round ${round.id} evaluates ${takes}` }]);
  }
  const id = regionRound ? (input.regionId ?? (p.role === 'commission' ? p.regionId : undefined)) : (input.institutionId ?? p.institutionId);
  if (!id) {
    const field = regionRound ? 'regionId' : 'institutionId';
    throw new ValidationError(`${field} is required`, [{ path: `/${field}`, code: 'required', message: `say which ${regionRound ? 'region' : 'institution'} is evaluated` }]);
  }
  return { type: regionRound ? 'region' : 'institution', id };
}

/** What is known about a participant before the form is filled: its directory record's context. */
async function recordContext(deps: ServiceDeps, participant: Participant): Promise<Record<string, string | number>> {
  if (participant.type === 'region') {
    const region = await deps.repos.regions.get(participant.id);
    if (!region) throw new NotFoundError('Region', participant.id);
    return region.context ?? {};
  }
  const institution = await deps.repos.institutions.get(participant.id);
  if (!institution) throw new NotFoundError('Institution', participant.id);
  return institution.context;
}

/** Creating, reading, listing and saving submission drafts. */
export function createSubmissionService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function saveIn(p: Principal, { submission, round }: SubmissionInRound, input: SaveSubmissionInput): Promise<Submission> {
    checkVersion(submission, input.version);
    if (round.status !== 'open') throw new InvalidStateError(`Round ${round.id} is closed`);
    if (submission.status !== 'draft' && submission.status !== 'returned') {
      throw new InvalidStateError(`A ${submission.status} submission cannot be edited; ask for it to be returned`, { status: submission.status });
    }
    const prepared = await requirePrepared(deps, submission.checklistId, submission.checklistVersion);
    const answers = input.answers ?? submission.answers;
    const context = { ...submission.context, ...(input.context ?? {}) };
    for (const key of ROUND_CONTEXT) context[key] = submission.context[key] as string | number;
    const evidence = input.evidence ?? submission.evidence;
    const notes = input.notes === undefined ? submission.notes : cleanNotes(input.notes);
    const issues = [
      ...(input.notes === undefined ? [] : noteIssues(notes ?? {}, prepared.definition.criteria.map((c) => c.id))),
      ...fixedContextIssues(p, submission, prepared, input.context ?? {}),
      // A draft may be incomplete or half-typed (surgeries entered before discharges); submitting checks both.
      ...prepared.validateAnswers(answers).filter((i) => i.code !== 'answer-required' && i.code !== 'answer-inconsistent').map((i) => ({ ...i, path: `/answers${i.path === '/' ? '' : i.path}` })),
      ...prepared.validateContext(prepared.normalizeContext(context)).filter((i) => i.code !== 'context-required').map((i) => ({ ...i, path: `/context${i.path}` })),
      ...checkEvidenceRefs(submission, prepared.definition, evidence),
    ];
    // Only a save that is otherwise valid reads stored files: a bad body costs no store reads.
    if (!issues.length && input.evidence) issues.push(...(await checkNewEvidenceContent(deps.evidence, submission, prepared.definition, evidence)));
    if (issues.length) throw new ValidationError('The submission does not match its checklist', issues, 'invalid-submission');
    const changes = { answers, context, evidence, ...(notes === undefined ? {} : { notes }) };
    // Only the keys a save sets can change: comparing those alone skips serialising the audit trail twice.
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, submission[key as keyof Submission]]));
    const keys = changedKeys(before, changes);
    // Which answers (old → new) and which files changed, bounded, folded into the session's entry.
    // Unchanged parts are not walked (autosave runs every few seconds); the session's list carries over.
    const answered = keys.includes('answers');
    const filed = keys.includes('evidence');
    const detail = (session: Record<string, unknown> | undefined) => ({
      ...foldFieldChanges(session as SaveDiff | undefined, answered ? submission.answers : {}, answered ? answers : {}),
      ...foldEvidenceChanges(session as SaveDiff | undefined, filed ? submission.evidence : {}, filed ? evidence : {}),
    });
    const next = advanceSave(submission, changes, p.username, clock.now(), keys, detail);
    await repos.submissions.replace(next, input.version, EDITABLE);
    return next;
  }

  return {
    async create(p: Principal, input: CreateSubmissionInput): Promise<Submission> {
      const round = await loadVisibleRound(repos, p, input.roundId);
      const participant = participantFor(p, round, input);
      ensure(canCreateSubmission(p, round, participant, input.kind), `You may not start a ${input.kind} evaluation of ${participant.id}`);
      if (!roundHas(round, participant)) {
        const field = participant.type === 'region' ? 'regionId' : 'institutionId';
        throw new ValidationError(`The ${participant.type} is not part of this round`, [{ path: `/${field}`, code: 'not-in-round', message: `${participant.id} is not in round ${round.id}` }]);
      }
      if (round.status !== 'open') throw new InvalidStateError(`Round ${round.id} is closed`);
      const known = await recordContext(deps, participant);
      const prepared = await requirePrepared(deps, round.checklistId, round.checklistVersion);
      const prefill = input.prefillFrom === undefined ? undefined : await loadPrefill(repos, round, participant.id, input.kind, input.prefillFrom);
      const inherited = prefill && inheritEvidence(prefill);
      const at = clock.now();
      const submission: Submission = {
        id: submissionId(round.id, participant.id, input.kind),
        roundId: round.id,
        ...(participant.type === 'region' ? { regionId: participant.id } : { institutionId: participant.id }),
        kind: input.kind,
        checklistId: round.checklistId,
        checklistVersion: round.checklistVersion,
        status: 'draft',
        revision: 0,
        version: 1,
        context: { ...contextFor(prepared, known), year: round.year, round: round.type },
        answers: prefill ? structuredClone(prefill.answers) : {},
        // The expert's own files. The institution's stay under the self-evaluation's keys and count
        // through `inheritedEvidence`, a snapshot no save body can write (the product rule: on site,
        // the self-evaluation's evidence counts; the expert may add files, never alter the institution's).
        evidence: {},
        comments: [],
        ...(prefill ? { prefilledFrom: { submissionId: prefill.id, revision: prefill.revision } } : {}),
        ...(inherited ? { inheritedEvidence: inherited } : {}),
        createdBy: p.username,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        audit: created(p.username, at, { status: 'draft', ...(prefill ? { prefillFrom: prefill.id, prefillRevision: prefill.revision } : {}) }),
      };
      if (prefill) checkPrefilledSize(submission);
      await repos.submissions.create(submission);
      return submission;
    },

    async get(p: Principal, id: string): Promise<Submission> {
      return (await loadSubmission(repos, p, id, 'read')).submission;
    },

    /**
     * By round (what the caller may read of it), by institution (admins, the institution and the
     * commissions overseeing it) or by region (a region's own submissions: admins and the
     * commissions overseeing it).
     */
    async list(p: Principal, query: { roundId?: string; institutionId?: string; regionId?: string }): Promise<Submission[]> {
      const scope = await loadScope(repos, p);
      if (query.roundId) {
        const round = await loadVisibleRound(repos, p, query.roundId, scope);
        const visible = (await repos.submissions.listByRound(round.id)).filter((s) => canReadSubmission(p, s, round, scope));
        return visible.filter((s) => (query.institutionId === undefined || s.institutionId === query.institutionId) && (query.regionId === undefined || s.regionId === query.regionId));
      }
      const regionId = query.regionId ?? (query.institutionId === undefined && p.role === 'commission' ? p.regionId : undefined);
      if (regionId !== undefined) {
        if (p.role === 'admin') return repos.submissions.listByRegion(regionId);
        ensure(oversees(p, scope, { type: 'region', id: regionId }), 'You may only list the regions your commission oversees');
        const all = await repos.submissions.listByRegion(regionId);
        return all.filter((s) => (s.regionId === p.regionId ? visibleToInstitution(s) : visibleToOverseer(s)));
      }
      const institutionId = query.institutionId ?? p.institutionId;
      if (!institutionId) throw new ValidationError('Give roundId, institutionId or regionId', [{ path: '/roundId', code: 'required', message: 'roundId, institutionId or regionId is required' }]);
      if (p.role === 'admin') return repos.submissions.listByInstitution(institutionId);
      if (p.role === 'commission') {
        ensure(oversees(p, scope, { type: 'institution', id: institutionId }), 'You may only list the institutions your commission oversees');
        return (await repos.submissions.listByInstitution(institutionId)).filter(visibleToOverseer);
      }
      ensure(p.role === 'institution' && p.institutionId === institutionId, 'You may only list your own institution');
      return (await repos.submissions.listByInstitution(institutionId)).filter(visibleToInstitution);
    },

    /**
     * Saves a draft (or a returned submission). Answers and context are checked against the
     * checklist except for required fields, which only submitting demands.
     */
    async save(p: Principal, id: string, input: SaveSubmissionInput): Promise<Submission> {
      // Usually one conditional write and no read: the submission as this process last wrote it.
      const hinted = await hintedSubmission(repos, p, id, input.version);
      return withHints(hinted, () => loadSubmission(repos, p, id, 'edit'), (state) => saveIn(p, state, input));
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
