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
  const submission = await repos.submissions.get(id);
  if (!submission) throw new NotFoundError('Submission', id);
  const round = await repos.rounds.get(submission.roundId);
  if (!round) throw new NotFoundError('Round', submission.roundId);
  ensureVisible(canReadSubmission(p, submission, round, await loadScope(repos, p)), 'Submission', id);
  if (mode === 'edit') ensure(canEditSubmission(p, submission, round), 'You may not change this submission');
  return { submission, round };
}

/** Fails early (before any work) when the client's version is already stale. */
export function checkVersion(submission: Submission, expected: number): void {
  if (submission.version !== expected) throw new VersionConflictError('Submission', submission.id, expected);
}
