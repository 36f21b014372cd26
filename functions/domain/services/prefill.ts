import { InvalidStateError, ValidationError } from '../errors.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission, SubmissionKind } from '../model/submission.js';
import type { Repositories } from '../ports/repositories.js';

const refused = (code: string, message: string, params?: Record<string, unknown>) =>
  new ValidationError('prefillFrom cannot be used', [{ path: '/prefillFrom', code, message, ...(params ? { params } : {}) }], 'invalid-reference');

/**
 * The most a new on-site evaluation may weigh (its JSON, UTF-8) when it starts as a copy of the
 * self-evaluation's answers and evidence list. A submission is one DynamoDB item of at most
 * 400 KB; the rest is the expert's room: notes (up to about 60 KB of Chinese), own files, the
 * audit trail. A copy that leaves less would let the expert start and then fail on a later save.
 */
export const PREFILLED_START_MAX_BYTES = 300 * 1024;

/**
 * Refuses (400 `invalid-reference`, issue `prefill-too-large` on `/prefillFrom`) an on-site
 * evaluation whose copy of the self-evaluation would leave the expert too little room, before
 * anything is written: the expert is told to start blank instead of meeting a 413 mid-evaluation.
 */
export function checkPrefilledSize(started: Submission): void {
  const bytes = new TextEncoder().encode(JSON.stringify(started)).byteLength;
  if (bytes > PREFILLED_START_MAX_BYTES) {
    throw refused(
      'prefill-too-large',
      `the self-evaluation's answers and evidence list take ${bytes} bytes, more than an on-site evaluation may start with (${PREFILLED_START_MAX_BYTES}) and still hold the expert's notes and files; start it blank`,
      { bytes, max: PREFILLED_START_MAX_BYTES },
    );
  }
}

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
