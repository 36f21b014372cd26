/**
 * Bounds on free text kept on a submission. A submission is one DynamoDB item (at most 400 KB,
 * answers and audit included), and Chinese text takes 3 bytes a character in UTF-8, so review
 * text is bounded per entry, per request and in total.
 */
export const REVIEW_LIMITS = {
  /** One comment on one criterion, or one note. */
  entryChars: 1000,
  /** The overall comment of a return. */
  overallChars: 4000,
  /** Everything one return adds (overall comment and per-criterion comments). */
  returnChars: 10_000,
  /** Every comment a submission keeps across all its returns (about 120 KB of Chinese). */
  storedCommentChars: 40_000,
  /** Every note of a submission together (about 60 KB of Chinese). */
  noteChars: 20_000,
} as const;
