import type { Issue } from './errors.js';

/**
 * How much of a list of issues a client is sent. A response to a bad request must never be much
 * larger than the request: the first `maxIssues` are enough to act on, and paths and messages
 * (which may quote the client's own keys and values) are cut to a readable length.
 */
export const ISSUE_LIMITS = Object.freeze({ maxIssues: 100, maxPathLength: 200, maxMessageLength: 300 });

/** Issues as sent: at most `ISSUE_LIMITS.maxIssues`, and how many more there were. */
export interface BoundedIssues {
  issues: Issue[];
  /** Issues left out after the first `maxIssues`; absent when none were. */
  omittedIssues?: number;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Params word an issue in the client's language; they may quote the client's input, so strings are cut too. */
function boundParams(params: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(params).slice(0, 20).map(([key, value]) => {
    if (typeof value === 'string') return [key, cut(value, ISSUE_LIMITS.maxMessageLength)];
    if (Array.isArray(value)) return [key, value.slice(0, 20).map((item) => (typeof item === 'string' ? cut(item, ISSUE_LIMITS.maxMessageLength) : item))];
    return [key, value];
  });
  return Object.fromEntries(entries);
}

/** The first `maxIssues` issues, with long paths and messages shortened, and the count of the rest. */
export function boundIssues(issues: readonly Issue[]): BoundedIssues {
  const { maxIssues, maxPathLength, maxMessageLength } = ISSUE_LIMITS;
  const kept = issues.slice(0, maxIssues).map((i): Issue => ({
    path: cut(String(i.path), maxPathLength),
    code: cut(String(i.code), 80),
    message: cut(String(i.message), maxMessageLength),
    ...(i.params ? { params: boundParams(i.params) } : {}),
  }));
  return issues.length > maxIssues ? { issues: kept, omittedIssues: issues.length - maxIssues } : { issues: kept };
}
