import { ValidationError, type Issue } from '../errors.js';
import { REVIEW_LIMITS } from '../model/review-limits.js';

/** What a reviewer sends when returning a submission. */
export interface ReturnInput {
  version: number;
  /** The overall comment (or, with `criterionId`, a comment on that one criterion: the older form). */
  comment?: string;
  criterionId?: string;
  /** Comments on criteria, by criterion id. */
  comments?: Record<string, string>;
}

/** One comment a return adds: overall (no criterion) or on one criterion. */
export interface ReturnText {
  text: string;
  criterionId?: string;
}

/**
 * The comments a return adds, checked: at least one non-blank comment, known criteria only, and
 * the sizes in `REVIEW_LIMITS` (the schema bounds each entry; the total is checked here). Throws
 * `ValidationError` (`invalid-body`) listing every problem.
 */
export function returnTexts(input: ReturnInput, criterionIds: ReadonlySet<string>): ReturnText[] {
  const issues: Issue[] = [];
  const texts: ReturnText[] = [];
  const comment = input.comment?.trim();
  if (comment) texts.push(input.criterionId ? { text: comment, criterionId: input.criterionId } : { text: comment });
  if (input.criterionId !== undefined && !criterionIds.has(input.criterionId)) {
    issues.push({ path: '/criterionId', code: 'unknown-criterion', message: `the checklist has no criterion ${input.criterionId}` });
  }
  for (const [criterionId, raw] of Object.entries(input.comments ?? {})) {
    if (!criterionIds.has(criterionId)) issues.push({ path: `/comments/${criterionId}`, code: 'unknown-criterion', message: `the checklist has no criterion ${criterionId}` });
    const text = raw.trim();
    if (text) texts.push({ text, criterionId });
  }
  if (!texts.length) issues.push({ path: '/comment', code: 'required', message: 'say why: an overall comment or a comment on at least one criterion' });
  const total = texts.reduce((n, c) => n + c.text.length, 0);
  if (total > REVIEW_LIMITS.returnChars) issues.push({ path: '/comments', code: 'too-long', message: `at most ${REVIEW_LIMITS.returnChars} characters of comments in one return (got ${total})`, params: { limit: REVIEW_LIMITS.returnChars, actual: total } });
  if (issues.length) throw new ValidationError('The return comments are not valid', issues, 'invalid-body');
  return texts;
}
