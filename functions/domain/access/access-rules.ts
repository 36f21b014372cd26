import { ForbiddenError, NotFoundError } from '../errors.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission, SubmissionKind } from '../model/submission.js';
import type { Principal, Role } from '../ports/token-verifier.js';

/**
 * Who may do what. Admins everything; experts only within rounds they are assigned to;
 * institutions only their own institution's submissions and results.
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
const ownInstitution = (p: Principal, institutionId: string) => p.role === 'institution' && p.institutionId === institutionId;

/** Admins, experts assigned to the round, institutions taking part in it. */
export function canSeeRound(p: Principal, round: EvaluationRound): boolean {
  if (p.role === 'admin' || assigned(p, round)) return true;
  return p.role === 'institution' && p.institutionId !== undefined && round.institutionIds.includes(p.institutionId);
}

/** Comparisons across institutions: admins and the round's experts only. */
export function canSeeRoundResults(p: Principal, round: EvaluationRound): boolean {
  return p.role === 'admin' || assigned(p, round);
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

/** Reading a submission, its result and evidence: admins, the round's experts and the institution (see above). */
export function canReadSubmission(p: Principal, s: Submission, round: EvaluationRound): boolean {
  if (p.role === 'admin') return true;
  if (assigned(p, round)) return visibleToExpert(s);
  return ownInstitution(p, s.institutionId) && visibleToInstitution(s);
}

/** Editing and submitting: the author side of the submission (or an admin). */
export function canEditSubmission(p: Principal, s: Submission, round: EvaluationRound): boolean {
  if (p.role === 'admin') return true;
  return s.kind === 'self' ? ownInstitution(p, s.institutionId) : assigned(p, round);
}

/** Starting a submission: institutions their own self-evaluation, assigned experts an on-site one. */
export function canCreateSubmission(p: Principal, round: EvaluationRound, institutionId: string, kind: SubmissionKind): boolean {
  if (p.role === 'admin') return true;
  return kind === 'self' ? ownInstitution(p, institutionId) : assigned(p, round);
}

/**
 * The self vs expert comparison of a round: admins and the round's experts for every participant;
 * an institution for its own, once the expert's evaluation of it is submitted (`expert`, the
 * expert evaluation of the caller's institution in that round, if any).
 */
export function canSeeComparison(p: Principal, round: EvaluationRound, expert: Pick<Submission, 'kind' | 'status' | 'institutionId'> | undefined): boolean {
  if (canSeeRoundResults(p, round)) return true;
  return canSeeRound(p, round) && expert !== undefined && expert.kind === 'expert' && ownInstitution(p, expert.institutionId) && visibleToInstitution(expert);
}
