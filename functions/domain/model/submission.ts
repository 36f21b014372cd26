import type { AuditEntry } from './audit-entry.js';

/** Self-evaluation by the institution, or an expert's on-site evaluation of it. */
export type SubmissionKind = 'self' | 'expert';

/**
 * draft → submitted → scored; submitted/scored → returned (with comments) → submitted again
 * (a resubmission, with a new revision) → scored.
 */
export type SubmissionStatus = 'draft' | 'submitted' | 'scored' | 'returned';

/** An attachment offered for a criterion. */
export interface EvidenceFile {
  name: string;
  key: string;
  contentType: string;
  /** Bytes, as declared when the upload URL was issued; the store accepts no other length. */
  size: number;
  /**
   * SHA-256 of the content, lower-case hex, as declared for the upload (the store refused any
   * other content). Absent on files attached before digests were recorded.
   */
  sha256?: string;
}

/**
 * The self-evaluation's evidence, as it stood when an on-site evaluation was started from it
 * (`prefilledFrom`): it counts as the expert's evidence too. Server-owned: set once at creation,
 * never by a save, so the expert can open these files but not change or remove them.
 */
export interface InheritedEvidence {
  /** The self-evaluation the files belong to (their keys name it). */
  submissionId: string;
  files: Record<string, EvidenceFile[]>;
}

/** A reviewer's comment when a submission is returned. */
export interface ReviewComment {
  at: string;
  by: string;
  text: string;
  criterionId?: string;
}

/** The part of a score result that round comparisons need, kept on the submission. */
export interface ScoreSummary {
  revision: number;
  checklistVersion: number;
  engineVersion: string;
  total: number | null;
  band: { id: string; label: { zh: string; en?: string } } | null;
  vetoHits: string[];
  /** Set when the checklist version could not be scored (the full result says what to fix). */
  error?: { code: string; message: string };
  /** How many context problems kept this score from a total (the full result lists them). */
  contextProblems?: number;
  criteria: { id: string; status: string; points: number; maxPoints: number }[];
  scoredAt: string;
  resultKey: string;
}

export interface Submission {
  id: string;
  roundId: string;
  /** The institution evaluated (an institution-subject round); absent when a region is. */
  institutionId?: string;
  /** The region evaluated (a region-subject round, filled by its commission); absent when an institution is. */
  regionId?: string;
  kind: SubmissionKind;
  checklistId: string;
  checklistVersion: number;
  status: SubmissionStatus;
  /** Bumped on every submit; a score belongs to exactly one revision. */
  revision: number;
  /** Bumped on every write; updates are conditional on it. */
  version: number;
  context: Record<string, string | number>;
  answers: Record<string, unknown>;
  evidence: Record<string, EvidenceFile[]>;
  comments: ReviewComment[];
  /**
   * The author's own remarks per criterion id (an expert's observations on site), saved with the
   * answers; bounded by `NOTE_LIMITS` in `review-limits.ts`.
   */
  notes?: Record<string, string>;
  /** An on-site evaluation started from the institution's self-evaluation: which one, at which revision. */
  prefilledFrom?: { submissionId: string; revision: number };
  /** The self-evaluation's files, counted with `evidence` when scoring (see {@link InheritedEvidence}). */
  inheritedEvidence?: InheritedEvidence;
  score?: ScoreSummary;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  audit: AuditEntry[];
}
