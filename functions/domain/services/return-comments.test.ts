import { describe, expect, it } from 'vitest';
import { REVIEW_LIMITS } from '../model/review-limits.js';
import { returnTexts } from './return-comments.js';

const ids = new Set(Array.from({ length: 20 }, (_, i) => `c${i}`));
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { details: { issues: { path: string; code: string }[] } }).details.issues;
  }
  throw new Error('did not throw');
};

describe('returnTexts', () => {
  it('keeps the overall comment first, then the per-criterion ones, trimmed, blank ones dropped', () => {
    expect(returnTexts({ version: 1, comment: ' 总体 ', comments: { c1: ' 一 ', c2: '  ' } }, ids)).toEqual([{ text: '总体' }, { text: '一', criterionId: 'c1' }]);
  });

  it('reads the older form (comment on one criterionId)', () => {
    expect(returnTexts({ version: 1, comment: '补充', criterionId: 'c3' }, ids)).toEqual([{ text: '补充', criterionId: 'c3' }]);
  });

  it('refuses a return that says nothing, unknown criteria, and more text than one return may add', () => {
    expect(issuesOf(() => returnTexts({ version: 1, comment: ' ', comments: { c1: '' } }, ids))).toEqual([expect.objectContaining({ path: '/comment', code: 'required' })]);
    expect(issuesOf(() => returnTexts({ version: 1, criterionId: 'x', comment: 'a' }, ids))).toEqual([expect.objectContaining({ path: '/criterionId', code: 'unknown-criterion' })]);
    const each = Math.ceil(REVIEW_LIMITS.returnChars / 15);
    const many = Object.fromEntries([...ids].map((id) => [id, '字'.repeat(each)]));
    expect(issuesOf(() => returnTexts({ version: 1, comments: many }, ids))).toEqual([expect.objectContaining({ path: '/comments', code: 'too-long' })]);
  });
});
