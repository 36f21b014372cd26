import { ENGINE_VERSION } from './engine-version.js';
import { inputHash } from './input-hash.js';
import type { CriterionStatus, ScoreResult, ScoringError, Submission } from './result-types.js';

const NO_COUNTS: Record<CriterionStatus, number> = { met: 0, partial: 0, 'not-met': 0, 'not-applicable': 0, missing: 0, info: 0 };

/**
 * The result of a submission whose checklist version cannot be scored at all (its definition
 * does not compile). Stored like any result, so the submission leaves `submitted` instead of
 * failing on every retry; `error` says what to fix, then an administrator re-scores.
 */
export function failedResult(checklist: { id: string; version: number }, submission: Submission, error: ScoringError): ScoreResult {
  return {
    checklist,
    engineVersion: ENGINE_VERSION,
    inputHash: inputHash(checklist, submission),
    context: submission.context,
    total: null, points: 0, maxPoints: 0,
    band: null, bandBeforeVeto: null, vetoHits: [],
    complete: false,
    counts: { ...NO_COUNTS }, sections: [], criteria: [],
    error,
  };
}
