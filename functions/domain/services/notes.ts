import type { Issue } from '../errors.js';
import { REVIEW_LIMITS } from '../model/review-limits.js';

/** Notes as stored: trimmed, blank ones dropped (an empty text is how a note is removed). */
export function cleanNotes(notes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(notes).map(([id, text]) => [id, text.trim()] as const).filter(([, text]) => text.length > 0));
}

/** Notes on criteria the checklist does not have, or more text than a submission keeps. */
export function noteIssues(notes: Record<string, string>, criterionIds: readonly string[]): Issue[] {
  const known = new Set(criterionIds);
  const issues: Issue[] = Object.keys(notes)
    .filter((id) => !known.has(id))
    .map((id) => ({ path: `/notes/${id}`, code: 'unknown-criterion', message: `the checklist has no criterion ${id}` }));
  const total = Object.values(notes).reduce((n, text) => n + text.length, 0);
  if (total > REVIEW_LIMITS.noteChars) {
    issues.push({ path: '/notes', code: 'too-long', message: `at most ${REVIEW_LIMITS.noteChars} characters of notes in all (got ${total})`, params: { limit: REVIEW_LIMITS.noteChars, actual: total } });
  }
  return issues;
}
