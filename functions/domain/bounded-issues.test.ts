import { describe, expect, it } from 'vitest';
import { boundIssues, ISSUE_LIMITS } from './bounded-issues.js';
import { ValidationError } from './errors.js';

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/list/${i}`, code: 'answer-enum', message: 'must be one of the listed values' }));

describe('bounded issues', () => {
  it('keeps every issue of a short list, with no count of omitted ones', () => {
    expect(boundIssues(many(3))).toEqual({ issues: many(3) });
  });

  it('sends the first 100 issues and counts the rest', () => {
    const bounded = boundIssues(many(250_000));
    expect(bounded.issues).toHaveLength(ISSUE_LIMITS.maxIssues);
    expect(bounded.issues[0]!.path).toBe('/list/0');
    expect(bounded.omittedIssues).toBe(250_000 - ISSUE_LIMITS.maxIssues);
  });

  it('cuts paths and messages that quote a client\'s huge keys or values', () => {
    const [issue] = boundIssues([{ path: `/${'k'.repeat(100_000)}`, code: 'answer-unknown', message: `"${'k'.repeat(100_000)}" is not a field` }]).issues;
    expect(issue!.path.length).toBeLessThanOrEqual(ISSUE_LIMITS.maxPathLength);
    expect(issue!.message.length).toBeLessThanOrEqual(ISSUE_LIMITS.maxMessageLength);
    expect(issue!.message.endsWith('…')).toBe(true);
  });

  it('applies to every ValidationError, so no route can send an unbounded list', () => {
    const error = new ValidationError('bad', many(1000), 'invalid-submission');
    expect(JSON.stringify(error.details).length).toBeLessThan(20_000);
    expect(error.details).toMatchObject({ omittedIssues: 900 });
  });
});
