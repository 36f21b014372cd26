import { canEditSubmission, canReadSubmission } from '../access/access-rules.js';
import { DomainError } from '../errors.js';
import type { Repositories } from '../ports/repositories.js';
import type { Principal } from '../ports/token-verifier.js';
import { loadScope } from './commission-scope-loader.js';
import type { SubmissionInRound } from './submission-access.js';

/**
 * How old a round this process read or wrote may be when saving or submitting trusts it (its
 * status and its experts): a round closed, or an expert removed, through another process (another
 * Lambda instance) takes effect on these two paths within this time; through this process at once.
 */
export const ROUND_MAX_AGE_MS = 5_000;

/**
 * The submission at `version` with its round, from what this process last read or wrote, with
 * the access `loadSubmission(…, 'edit')` checks; undefined (read afresh) when no hint is held at
 * that version or the hints would refuse, so a stale hint never decides a refusal. Whatever is
 * written from it is conditional on `version`.
 */
export async function hintedSubmission(repos: Repositories, p: Principal, id: string, version: number): Promise<SubmissionInRound | undefined> {
  const submission = repos.submissions.peek?.(id, version);
  if (!submission || !repos.rounds.getRecent) return undefined;
  const round = await repos.rounds.getRecent(submission.roundId, ROUND_MAX_AGE_MS);
  if (!round || !canReadSubmission(p, submission, round, await loadScope(repos, p)) || !canEditSubmission(p, submission, round)) return undefined;
  return { submission, round };
}

/**
 * A write from hints, with fresh reads only when it fails: the fresh state either is what the
 * hints said (the refusal stands) or differs (the step runs again on it and answers as it always
 * has: 404, 403, 409 or 400). Non-domain errors (outages) pass through untouched.
 */
export async function withHints<T>(
  hinted: SubmissionInRound | undefined,
  fresh: () => Promise<SubmissionInRound>,
  step: (state: SubmissionInRound) => Promise<T>,
): Promise<T> {
  if (!hinted) return step(await fresh());
  try {
    return await step(hinted);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const current = await fresh();
    if (current.submission.version === hinted.submission.version && current.round.version === hinted.round.version) throw error;
    return step(current);
  }
}
