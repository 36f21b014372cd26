import type { ScoreResult } from '../../scoring/result-types.js';
import { canReview, ensure, requireRole } from '../access/access-rules.js';
import { DomainError, InvalidStateError, NotFoundError, ValidationError, type Issue } from '../errors.js';
import type { Submission } from '../model/submission.js';
import type { PreparedChecklist } from '../ports/checklist-engine.js';
import type { Principal } from '../ports/token-verifier.js';
import { advance } from './audit.js';
import { requirePrepared } from './prepared-checklist.js';
import type { ServiceDeps } from './service-deps.js';
import { checkVersion, loadSubmission, type SubmissionInRound } from './submission-access.js';
import { hintedSubmission, withHints } from './hinted-submission.js';
import { REVIEW_LIMITS } from '../model/review-limits.js';
import { returnTexts, type ReturnInput } from './return-comments.js';
import { recheckInherited } from './inherited-evidence-check.js';

/** A missing admin-set context value is not the author's to fill in: say who can. */
function contextHint(definition: PreparedChecklist['definition'], issue: Issue, record: 'institution' | 'region'): string {
  const field = definition.context.find((f) => `/${f.id}` === issue.path);
  if (issue.code !== 'context-required' || !field || field.declaredBy === 'participant') return issue.message;
  return `${issue.message}; an administrator sets it in the ${record} record`;
}

/** Submitting, returning, re-scoring a submission and reading its result. */
export function createWorkflowService(deps: ServiceDeps) {
  const { repos, clock, queue } = deps;

  async function completenessIssues(s: Submission): Promise<Issue[]> {
    const prepared = await requirePrepared(deps, s.checklistId, s.checklistVersion);
    const issues: Issue[] = [
      ...prepared.validateAnswers(s.answers).map((i) => ({ ...i, path: `/answers${i.path === '/' ? '' : i.path}` })),
      ...prepared.validateContext(prepared.normalizeContext(s.context)).map((i) => ({ ...i, path: `/context${i.path}`, message: contextHint(prepared.definition, i, s.regionId !== undefined ? 'region' : 'institution') })),
    ];
    const files = Object.entries(s.evidence).flatMap(([criterionId, list]) => list.map((file, i) => ({ criterionId, file, i })));
    const stored = await Promise.all(files.map(({ file }) => deps.evidence.stat(file.key)));
    files.forEach(({ criterionId, file, i }, n) => {
      const found = stored[n];
      if (!found) issues.push({ path: `/evidence/${criterionId}/${i}`, code: 'evidence-not-uploaded', message: 'the file was never uploaded' });
      // The reference is client-sent: what is submitted must describe the file actually stored.
      else if (file.sha256 && (found.size !== file.size || (found.sha256 !== undefined && found.sha256 !== file.sha256))) {
        issues.push({ path: `/evidence/${criterionId}/${i}`, code: 'evidence-mismatch', message: 'the stored file does not have the size and SHA-256 the reference gives' });
      }
    });
    return issues;
  }

  /** Queues scoring; a queue outage after the state change is a retryable 503, not a 500. */
  async function enqueueOrDelay(s: Submission, p: Principal, reason: 'submitted' | 'rescore' = 'submitted'): Promise<void> {
    try {
      await queue.enqueue({ submissionId: s.id, revision: s.revision, requestedBy: p.username || p.sub, reason });
    } catch (cause) {
      throw new DomainError(
        'scoring-delayed',
        reason === 'submitted'
          ? 'The submission is saved and submitted, but scoring could not be queued. Submit again in a moment to retry scoring.'
          : 'The re-score is recorded, but scoring could not be queued. Ask for the re-score again in a moment.',
        { status: s.status, version: s.version, revision: s.revision },
        { cause },
      );
    }
  }

  /**
   * Re-scores a submitted submission, optionally against another published version of its
   * checklist (admin only: a new checklist version never re-scores on its own).
   */
  async function rescore(p: Principal, id: string, input: { version: number; checklistVersion?: number }): Promise<Submission> {
    requireRole(p, 'admin');
    const { submission } = await loadSubmission(repos, p, id, 'read');
    checkVersion(submission, input.version);
    if (submission.status !== 'submitted' && submission.status !== 'scored') {
      throw new InvalidStateError(`Only submitted submissions can be scored; this one is ${submission.status}`);
    }
    const checklistVersion = input.checklistVersion ?? submission.checklistVersion;
    const record = await repos.checklists.get(submission.checklistId, checklistVersion);
    if (!record) throw new NotFoundError('Checklist', `${submission.checklistId}@${checklistVersion}`);
    const next = advance(submission, { checklistVersion }, p.username, 'rescore', clock.now(), {
      checklistVersion: [submission.checklistVersion, checklistVersion],
    });
    await repos.submissions.replace(next, input.version);
    await enqueueOrDelay(next, p, 'rescore');
    return next;
  }

  /** Submit's checks and its one conditional write; the submission to queue for scoring. */
  async function submitIn(p: Principal, { submission, round }: SubmissionInRound, version: number): Promise<Submission> {
    checkVersion(submission, version);
    if (submission.status === 'submitted') return submission;
    if (round.status !== 'open') throw new InvalidStateError(`Round ${round.id} is closed`);
    if (submission.status !== 'draft' && submission.status !== 'returned') {
      throw new InvalidStateError(`A ${submission.status} submission cannot be submitted again`, { status: submission.status });
    }
    const [issues, inherited] = await Promise.all([completenessIssues(submission), recheckInherited(deps, submission)]);
    if (issues.length) throw new ValidationError('The submission is not complete or does not match its checklist', issues, 'invalid-submission');
    const at = clock.now();
    const action = submission.status === 'returned' ? 'resubmit' : 'submit';
    // Inherited files the institution has withdrawn leave the snapshot in the same write, so what
    // is scored is what still stands; the audit names them.
    const dropped = inherited.missing.length > 0;
    const next = advance(
      submission,
      { status: 'submitted', revision: submission.revision + 1, submittedAt: at.toISOString(), ...(dropped ? { inheritedEvidence: inherited.inheritedEvidence } : {}) },
      p.username,
      action,
      at,
      { status: [submission.status, 'submitted'], revision: submission.revision + 1, ...(dropped ? { inheritedEvidenceMissing: inherited.missing } : {}) },
    );
    await repos.submissions.replace(next, version, ['draft', 'returned']);
    return next;
  }

  return {
    rescore,

    /**
     * Re-scores every submitted submission of a round (admin), e.g. after publishing a corrected
     * checklist version, which also becomes the round's version (the only way it changes once the
     * round has submissions). Each submission is its own conditional write; one that changed
     * meanwhile is reported, not retried. Drafts keep the version they were started with.
     */
    async rescoreRound(p: Principal, roundId: string, checklistVersion?: number): Promise<{ queued: string[]; skipped: { id: string; reason: string }[] }> {
      requireRole(p, 'admin');
      const round = await repos.rounds.get(roundId);
      if (!round) throw new NotFoundError('Round', roundId);
      if (checklistVersion !== undefined && checklistVersion !== round.checklistVersion) {
        const record = await repos.checklists.get(round.checklistId, checklistVersion);
        if (!record) throw new NotFoundError('Checklist', `${round.checklistId}@${checklistVersion}`);
        if (record.status !== 'published') {
          throw new ValidationError('A round cannot move onto a retired checklist version', [{ path: '/checklistVersion', code: 'retired-checklist', message: `checklist ${round.checklistId}@${checklistVersion} is retired` }], 'invalid-reference');
        }
        // First, as one conditional write on the round: new drafts start on the new version, and a
        // concurrent round update is a 409 before any submission is touched.
        const next = advance(round, { checklistVersion }, p.username, 'rescore', clock.now(), { checklistVersion: [round.checklistVersion, checklistVersion] });
        await repos.rounds.replace(next, round.version);
      }
      const queued: string[] = [];
      const skipped: { id: string; reason: string }[] = [];
      for (const s of await repos.submissions.listByRound(roundId)) {
        if (s.status !== 'submitted' && s.status !== 'scored') {
          skipped.push({ id: s.id, reason: s.status });
          continue;
        }
        try {
          await rescore(p, s.id, { version: s.version, checklistVersion });
          queued.push(s.id);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          skipped.push({ id: s.id, reason: error.code });
        }
      }
      return { queued, skipped };
    },

    /**
     * Submits (or resubmits after a return): checks the answers fully, bumps the revision and
     * queues scoring. If queueing fails the submission stays submitted and the caller gets a
     * retryable `scoring-delayed`; submitting the submitted, unscored revision again only
     * re-queues it (scoring is idempotent per revision), so no one needs an administrator.
     */
    async submit(p: Principal, id: string, version: number): Promise<Submission> {
      // Only a draft or returned hint is used: re-queueing a submitted one writes nothing, so no
      // condition would catch a stale hint there.
      const hinted = await hintedSubmission(repos, p, id, version);
      const usable = hinted && (hinted.submission.status === 'draft' || hinted.submission.status === 'returned') ? hinted : undefined;
      const next = await withHints(usable, () => loadSubmission(repos, p, id, 'edit'), (state) => submitIn(p, state, version));
      // Outside the step above: a queue outage after the write is a 503 to retry, not a reason to read again.
      await enqueueOrDelay(next, p);
      return next;
    },

    /**
     * Sends a submitted or scored submission back to its author (open rounds only) with an overall
     * comment and/or comments on criteria (`comments: { criterionId: text }`; the older single
     * `criterionId` with `comment` still works). All comments of one return share its time.
     */
    async returnToAuthor(p: Principal, id: string, input: ReturnInput): Promise<Submission> {
      const { submission, round } = await loadSubmission(repos, p, id, 'read');
      ensure(canReview(p, round), 'Only an administrator or the round\'s experts may return a submission');
      checkVersion(submission, input.version);
      if (submission.status !== 'submitted' && submission.status !== 'scored') {
        throw new InvalidStateError(`A ${submission.status} submission cannot be returned`, { status: submission.status });
      }
      const prepared = await requirePrepared(deps, submission.checklistId, submission.checklistVersion);
      const texts = returnTexts(input, new Set(prepared.definition.criteria.map((c) => c.id)));
      // After the input checks, so a bad comment is a 400 whatever the round's state. Returned,
      // the author would have to save it, which a closed round refuses: it would be stuck.
      if (round.status !== 'open') throw new InvalidStateError(`Round ${round.id} is closed: a submission cannot be returned to an author who can no longer change it`, { roundStatus: round.status });
      const at = clock.now();
      const added = texts.map((c) => ({ at: at.toISOString(), by: p.username, text: c.text, ...(c.criterionId ? { criterionId: c.criterionId } : {}) }));
      const stored = [...submission.comments, ...added].reduce((n, c) => n + c.text.length, 0);
      if (stored > REVIEW_LIMITS.storedCommentChars) {
        throw new InvalidStateError(`The submission already keeps the most comment text it may (${REVIEW_LIMITS.storedCommentChars} characters across its returns)`, { storedCommentChars: stored, limit: REVIEW_LIMITS.storedCommentChars });
      }
      const overall = texts.find((c) => !c.criterionId)?.text;
      const next = advance(submission, { status: 'returned', comments: [...submission.comments, ...added] }, p.username, 'return', at, {
        status: [submission.status, 'returned'],
        ...(overall ? { comment: overall } : {}),
        ...(added.some((c) => c.criterionId) ? { criteria: added.flatMap((c) => (c.criterionId ? [c.criterionId] : [])) } : {}),
      });
      await repos.submissions.replace(next, input.version);
      return next;
    },

    /** The engine's full result for the submission's latest score. */
    async result(p: Principal, id: string): Promise<ScoreResult> {
      const { submission } = await loadSubmission(repos, p, id, 'read');
      if (!submission.score) {
        throw new DomainError('not-scored', submission.status === 'submitted' ? 'Scoring is in progress; try again shortly' : 'This submission has not been scored', { status: submission.status });
      }
      const result = await repos.results.get(submission.id, submission.score.resultKey);
      if (!result) throw new NotFoundError('Result', submission.score.resultKey);
      return result;
    },
  };
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;
