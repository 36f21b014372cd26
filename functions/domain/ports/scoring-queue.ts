/** A request to grade one revision of a submission. */
export interface ScoringRequest {
  submissionId: string;
  /** The submission revision (bumped on every submit) the result must belong to. */
  revision: number;
  /** `sub` of whoever caused the request (the submitter, or the admin asking for a re-score). */
  requestedBy: string;
  reason: 'submitted' | 'rescore';
}

/** Hands scoring work to the scorer: SQS in AWS, an in-process queue locally. */
export interface ScoringQueue {
  enqueue(request: ScoringRequest): Promise<void>;
}
