import type { ScoreSummary, Submission } from './submission.js';

/**
 * A submission without what its author wrote (answers, context, evidence, notes, comments, audit):
 * its place in the workflow and its score summary. What a round's console pages (progress,
 * dashboard) read for every participant, so that a round of 1,000 institutions does not parse
 * 1,000 filled forms.
 */
export type SubmissionDigest = Pick<Submission, 'id' | 'roundId' | 'institutionId' | 'regionId' | 'kind' | 'checklistId' | 'checklistVersion' | 'status' | 'revision' | 'version' | 'updatedAt' | 'submittedAt'> & {
  score?: ScoreSummary;
};

/** The digest of a submission (drops the authored parts; keeps only keys that are set). */
export function digestOf(s: Submission): SubmissionDigest {
  const { id, roundId, institutionId, regionId, kind, checklistId, checklistVersion, status, revision, version, updatedAt, submittedAt, score } = s;
  return {
    id, roundId, kind, checklistId, checklistVersion, status, revision, version, updatedAt,
    ...(institutionId !== undefined ? { institutionId } : {}),
    ...(regionId !== undefined ? { regionId } : {}),
    ...(submittedAt !== undefined ? { submittedAt } : {}),
    ...(score !== undefined ? { score } : {}),
  };
}
