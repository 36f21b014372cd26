import { canEditSubmission, canReadSubmission, ensure, ensureVisible } from '../access/access-rules.js';
import { NotFoundError, VersionConflictError } from '../errors.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission } from '../model/submission.js';
import type { Repositories } from '../ports/repositories.js';
import type { Principal } from '../ports/token-verifier.js';
import { loadScope } from './commission-scope-loader.js';

/** A submission with its round, after the caller's right to it has been checked. */
export interface SubmissionInRound {
  submission: Submission;
  round: EvaluationRound;
}

/**
 * Loads a submission and its round; 404 when missing or not the caller's to see (the same answer,
 * so ids reveal nothing), 403 when the caller sees it but may not `mode` it.
 */
export async function loadSubmission(repos: Repositories, p: Principal, id: string, mode: 'read' | 'edit'): Promise<SubmissionInRound> {
  // The round is read with the submission, by the id it most likely has (a repository may send
  // both in one request); read again when the submission names another.
  const likelyRoundId = roundIdIn(id);
  const [submission, likelyRound] = await Promise.all([repos.submissions.get(id), likelyRoundId === undefined ? undefined : repos.rounds.get(likelyRoundId)]);
  if (!submission) throw new NotFoundError('Submission', id);
  const round = submission.roundId === likelyRoundId ? likelyRound : await repos.rounds.get(submission.roundId);
  if (!round) throw new NotFoundError('Round', submission.roundId);
  ensureVisible(canReadSubmission(p, submission, round, await loadScope(repos, p)), 'Submission', id);
  if (mode === 'edit') ensure(canEditSubmission(p, submission, round), 'You may not change this submission');
  return { submission, round };
}

/**
 * The round of a submission id as `submissionId` derives it (`<round>.<participant>.<kind>`),
 * given that round ids have no dots (the API's `JoinableId`); a guess only, which the stored
 * submission confirms or corrects. Undefined for an id of another shape.
 */
export function roundIdIn(submissionId: string): string | undefined {
  const dot = submissionId.indexOf('.');
  return dot > 0 ? submissionId.slice(0, dot) : undefined;
}

/** Fails early (before any work) when the client's version is already stale. */
export function checkVersion(submission: Submission, expected: number): void {
  if (submission.version !== expected) throw new VersionConflictError('Submission', submission.id, expected);
}
