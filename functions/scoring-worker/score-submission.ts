import { VersionConflictError } from '../domain/errors.js';
import type { ScoreSummary, Submission } from '../domain/model/submission.js';
import type { Clock } from '../domain/ports/clock.js';
import type { ChecklistEngine } from '../domain/ports/checklist-engine.js';
import type { Repositories } from '../domain/ports/repositories.js';
import type { ScoringRequest } from '../domain/ports/scoring-queue.js';
import { advance } from '../domain/services/audit.js';
import { requirePrepared } from '../domain/services/prepared-checklist.js';
import type { ScoreResult } from '../scoring/result-types.js';

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
    criteria: result.criteria.map((c) => ({ id: c.id, status: c.status, points: c.points, maxPoints: c.maxPoints })),
    scoredAt: at.toISOString(),
    resultKey: key,
  };
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
      const prepared = await requirePrepared(deps, submission.checklistId, submission.checklistVersion);
      result = deps.engine.score(prepared, {
        context: prepared.normalizeContext(submission.context),
        answers: submission.answers,
        evidence: submission.evidence,
      });
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
