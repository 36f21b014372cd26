import type { DefinitionIssue } from '../checklist/definition-issue.js';
import { ValidationError, VersionConflictError } from '../domain/errors.js';
import type { ScoreSummary, Submission } from '../domain/model/submission.js';
import type { Clock } from '../domain/ports/clock.js';
import type { ChecklistEngine } from '../domain/ports/checklist-engine.js';
import type { Repositories } from '../domain/ports/repositories.js';
import type { ScoringRequest } from '../domain/ports/scoring-queue.js';
import { advance } from '../domain/services/audit.js';
import { engineEvidence } from '../domain/services/inherited-evidence.js';
import { requirePrepared } from '../domain/services/prepared-checklist.js';
import { failedResult } from '../scoring/failed-result.js';
import type { ScoreResult, Submission as EngineSubmission } from '../scoring/result-types.js';

/** What the scoring use case needs. */
export interface ScoreSubmissionDeps {
  repos: Repositories;
  engine: ChecklistEngine;
  clock: Clock;
}

export type ScoreOutcome = { outcome: 'scored' | 'already-scored' | 'skipped' };

/** Results are keyed by what produced them, so one revision scored twice the same way is one result. */
export function resultKey(revision: number, checklistVersion: number, engineVersion: string): string {
  return `${String(revision).padStart(6, '0')}#${checklistVersion}#${engineVersion}`;
}

const scorable = (s: Submission, revision: number) => s.revision === revision && (s.status === 'submitted' || s.status === 'scored');

function summarize(result: ScoreResult, revision: number, key: string, at: Date): ScoreSummary {
  return {
    revision,
    checklistVersion: result.checklist.version,
    engineVersion: result.engineVersion,
    total: result.total,
    band: result.band,
    vetoHits: result.vetoHits,
    ...(result.error ? { error: { code: result.error.code, message: result.error.message } } : {}),
    ...(result.contextProblems ? { contextProblems: result.contextProblems.length } : {}),
    criteria: result.criteria.map((c) => ({ id: c.id, status: c.status, points: c.points, maxPoints: c.maxPoints })),
    scoredAt: at.toISOString(),
    resultKey: key,
  };
}

/**
 * Scores a submission; a checklist version that no longer compiles (stored before validation
 * refused it) gives a result marked as an error instead of an exception. Retrying could never
 * succeed, so throwing would leave the submission in `submitted` ("scoring is in progress")
 * forever. Storage and engine faults still throw, so the queue retries them.
 */
async function scoreOrExplain(deps: ScoreSubmissionDeps, submission: Submission): Promise<ScoreResult> {
  const input: EngineSubmission = { context: submission.context, answers: submission.answers, evidence: engineEvidence(submission) };
  try {
    const prepared = await requirePrepared(deps, submission.checklistId, submission.checklistVersion);
    return deps.engine.score(prepared, { ...input, context: prepared.normalizeContext(submission.context) });
  } catch (error) {
    if (!(error instanceof ValidationError) || error.code !== 'invalid-definition') throw error;
    // The engine's own issues, passed through the domain error unchanged.
    const issues = (error.details as { issues: DefinitionIssue[] }).issues;
    const first = issues[0];
    return failedResult({ id: submission.checklistId, version: submission.checklistVersion }, input, {
      code: 'invalid-definition',
      message: `评估表 ${submission.checklistId} 第${submission.checklistVersion}版无法评分（${issues.length}处问题，首处 ${first?.path ?? '/'}：${first?.message ?? ''}）。请发布修正后的版本，再按该版本重新评分 (checklist ${submission.checklistId}@${submission.checklistVersion} cannot be scored: ${issues.length} problem(s); publish a corrected version, then re-score with it)`,
      issues,
    });
  }
}

/**
 * The scoring use case, shared by the SQS Lambda and the local in-process queue. Idempotent:
 * the result item is written once per (revision, checklist version, engine version), and the
 * submission is moved to `scored` by a write conditional on its version. A stale message (the
 * submission was returned or resubmitted since) is skipped. Errors propagate so the queue retries.
 */
export function createScoreSubmission(deps: ScoreSubmissionDeps): (request: ScoringRequest) => Promise<ScoreOutcome> {
  return async (request) => {
    let submission = await deps.repos.submissions.get(request.submissionId);
    if (!submission || !scorable(submission, request.revision)) return { outcome: 'skipped' };
    // A submit is scored once. A redelivery must not score the revision again, not even after an
    // engine upgrade (which changes the result key): new results come only from an admin's re-score.
    if (request.reason === 'submitted' && submission.status === 'scored' && submission.score?.revision === request.revision) return { outcome: 'already-scored' };
    const key = resultKey(request.revision, submission.checklistVersion, deps.engine.engineVersion);
    if (submission.status === 'scored' && submission.score?.resultKey === key) return { outcome: 'already-scored' };

    let result = await deps.repos.results.get(submission.id, key);
    let created = false;
    if (!result) {
      result = await scoreOrExplain(deps, submission);
      created = await deps.repos.results.putIfAbsent(submission.id, key, result);
    }

    // A concurrent writer can only be another delivery of this message or a return/rescore;
    // re-read and re-check a few times rather than failing the message.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (submission.score?.resultKey === key && submission.status === 'scored') break;
      const at = deps.clock.now();
      const next = advance(submission, { status: 'scored', score: summarize(result, request.revision, key, at) }, `scorer:${request.requestedBy}`, 'score', at, {
        status: [submission.status, 'scored'],
        total: result.total,
        band: result.band?.id ?? null,
        // Which checklist version scored it, said in the trail itself (a re-score may use another).
        checklistVersion: result.checklist.version,
        resultKey: key,
      });
      try {
        await deps.repos.submissions.replace(next, submission.version);
        break;
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
        const fresh = await deps.repos.submissions.get(request.submissionId);
        if (!fresh || !scorable(fresh, request.revision) || fresh.checklistVersion !== submission.checklistVersion) return { outcome: created ? 'scored' : 'skipped' };
        submission = fresh;
      }
    }
    return { outcome: created ? 'scored' : 'already-scored' };
  };
}
