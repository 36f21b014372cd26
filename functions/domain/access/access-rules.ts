import { ForbiddenError, NotFoundError } from '../errors.js';
import { participantOf, roundParticipants, type Participant } from '../model/participant.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission, SubmissionKind } from '../model/submission.js';
import type { Principal, Role } from '../ports/token-verifier.js';
import { NO_SCOPE, type CommissionScope } from './commission-scope.js';

/**
 * Who may do what. Admins everything; experts only within rounds they are assigned to;
 * institutions only their own institution's submissions and results; commissions their own
 * region's evaluation, and oversee (read) the regions and institutions under them (`scope`).
 */

/** Throws `ForbiddenError` unless the caller has one of `roles`. */
export function requireRole(p: Principal, ...roles: Role[]): void {
  if (!roles.includes(p.role)) throw new ForbiddenError(`This needs the ${roles.join(' or ')} role`);
}

/** Throws `ForbiddenError` when `allowed` is false: for things the caller may see but not do. */
export function ensure(allowed: boolean, message?: string): void {
  if (!allowed) throw new ForbiddenError(message);
}

/**
 * Throws the same `NotFoundError` a missing `what` would when the caller may not see it: ids are
 * predictable, so a 403 would tell an outsider that another institution's submission exists.
 */
export function ensureVisible(visible: boolean, what: string, id: string): void {
  if (!visible) throw new NotFoundError(what, id);
}

const assigned = (p: Principal, round: EvaluationRound) => p.role === 'expert' && round.expertIds.includes(p.sub);

/** The author side of a self-evaluation: the institution itself, or the commission of the region evaluated. */
function ownParticipant(p: Principal, participant: Participant): boolean {
  if (participant.type === 'region') return p.role === 'commission' && p.regionId !== undefined && p.regionId === participant.id;
  return p.role === 'institution' && p.institutionId !== undefined && p.institutionId === participant.id;
}

/** A commission oversees the participants in its scope (its region, the regions under it, their institutions). */
export function oversees(p: Principal, scope: CommissionScope, participant: Participant): boolean {
  if (p.role !== 'commission') return false;
  return participant.type === 'region' ? scope.regionIds.has(participant.id) : scope.institutionIds.has(participant.id);
}

/** Admins, experts assigned to the round, institutions taking part in it, commissions overseeing one of its participants. */
export function canSeeRound(p: Principal, round: EvaluationRound, scope: CommissionScope = NO_SCOPE): boolean {
  if (p.role === 'admin' || assigned(p, round)) return true;
  if (p.role === 'commission') return roundParticipants(round).some((x) => oversees(p, scope, x));
  return p.role === 'institution' && p.institutionId !== undefined && round.institutionIds.includes(p.institutionId);
}

/**
 * Comparisons across participants: admins and the round's experts see all of them; a commission
 * sees the rows it oversees (the service keeps only those), never an institution.
 */
export function canSeeRoundResults(p: Principal, round: EvaluationRound, scope: CommissionScope = NO_SCOPE): boolean {
  return p.role === 'admin' || assigned(p, round) || (p.role === 'commission' && canSeeRound(p, round, scope));
}

/** Returning a submission with comments: admins and the round's experts. */
export function canReview(p: Principal, round: EvaluationRound): boolean {
  return p.role === 'admin' || assigned(p, round);
}

/**
 * What an institution may see of a submission about it: its self-evaluations, and an expert's
 * evaluation once submitted. A draft, or one returned to the expert (with the reviewer's
 * comments), is the expert's work in progress.
 */
export function visibleToInstitution(s: Pick<Submission, 'kind' | 'status'>): boolean {
  return s.kind === 'self' || s.status === 'submitted' || s.status === 'scored';
}

/**
 * The mirror for the round's experts: their on-site evaluations, and an institution's
 * self-evaluation once it has been submitted. A draft is the institution's work in progress. One
 * returned to the institution stays visible: a reviewer sent it back with their own comments and
 * follows it up (unlike an expert evaluation returned to the expert, whose comments are internal).
 */
export function visibleToExpert(s: Pick<Submission, 'kind' | 'status'>): boolean {
  return s.kind === 'expert' || s.status !== 'draft';
}

/**
 * What a commission may see of a submission it oversees but does not author (an institution's,
 * or a region's under it): what a reviewer sees of a self-evaluation (not a draft), and an
 * expert's evaluation once submitted, as the institution evaluated sees it.
 */
export function visibleToOverseer(s: Pick<Submission, 'kind' | 'status'>): boolean {
  return s.kind === 'self' ? s.status !== 'draft' : s.status === 'submitted' || s.status === 'scored';
}

/**
 * Reading a submission, its result and evidence: admins, the round's experts, the participant
 * evaluated (see above) and the commissions overseeing it.
 */
export function canReadSubmission(p: Principal, s: Submission, round: EvaluationRound, scope: CommissionScope = NO_SCOPE): boolean {
  if (p.role === 'admin') return true;
  if (assigned(p, round)) return visibleToExpert(s);
  const participant = participantOf(s);
  if (ownParticipant(p, participant)) return visibleToInstitution(s);
  return oversees(p, scope, participant) && visibleToOverseer(s);
}

/** Editing and submitting: the author side of the submission (or an admin). */
export function canEditSubmission(p: Principal, s: Submission, round: EvaluationRound): boolean {
  if (p.role === 'admin') return true;
  return s.kind === 'self' ? ownParticipant(p, participantOf(s)) : assigned(p, round);
}

/**
 * Starting a submission: an institution its own self-evaluation, a commission its own region's
 * (not a region under it: each commission answers for itself), assigned experts an on-site one.
 */
export function canCreateSubmission(p: Principal, round: EvaluationRound, participant: Participant, kind: SubmissionKind): boolean {
  if (p.role === 'admin') return true;
  return kind === 'self' ? ownParticipant(p, participant) : assigned(p, round);
}

/**
 * The self vs expert comparison of a round: admins and the round's experts for every participant;
 * an institution for its own, once the expert's evaluation of it is submitted (`expert`, the
 * expert evaluation of the caller's institution in that round, if any).
 */
export function canSeeComparison(p: Principal, round: EvaluationRound, expert: Pick<Submission, 'kind' | 'status' | 'institutionId'> | undefined): boolean {
  if (canSeeRoundResults(p, round)) return true;
  return canSeeRound(p, round) && expert !== undefined && expert.kind === 'expert' && p.role === 'institution' && expert.institutionId !== undefined && p.institutionId === expert.institutionId && visibleToInstitution(expert);
}
