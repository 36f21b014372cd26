import { InvalidStateError, ValidationError } from '../errors.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission, SubmissionKind } from '../model/submission.js';
import type { Repositories } from '../ports/repositories.js';

const refused = (code: string, message: string) => new ValidationError('prefillFrom cannot be used', [{ path: '/prefillFrom', code, message }], 'invalid-reference');

/**
 * The self-evaluation an expert's on-site evaluation starts from: only the institution's own, in
 * this round, submitted or scored (a draft, or one returned to the institution, is being edited), and
 * made against the round's checklist version (answers of another version may not fit the form).
 * A bad reference is 400 `invalid-reference`; a draft or another version is 409 `invalid-state`.
 */
export async function loadPrefill(repos: Repositories, round: EvaluationRound, institutionId: string, kind: SubmissionKind, id: string): Promise<Submission> {
  if (kind !== 'expert') throw refused('prefill-expert-only', 'only an on-site (expert) evaluation starts from a self-evaluation');
  const source = await repos.submissions.get(id);
  if (!source || source.kind !== 'self' || source.roundId !== round.id || source.institutionId !== institutionId) {
    throw refused('not-the-self-evaluation', `${id} is not ${institutionId}'s self-evaluation in round ${round.id}`);
  }
  if (source.status !== 'submitted' && source.status !== 'scored') {
    throw new InvalidStateError(`The self-evaluation is ${source.status}, not submitted: start empty or wait for it`, { status: source.status });
  }
  if (source.checklistVersion !== round.checklistVersion) {
    throw new InvalidStateError(`The self-evaluation was made with checklist version ${source.checklistVersion}, the round now uses ${round.checklistVersion}; start empty`, {
      checklistVersion: source.checklistVersion,
      roundChecklistVersion: round.checklistVersion,
    });
  }
  return source;
}
