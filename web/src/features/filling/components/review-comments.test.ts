import { describe, expect, it } from 'vitest';
import { latestReturnComments } from './ReviewComments';

describe('latestReturnComments', () => {
  it('keeps only the comments of the newest return (they share its time)', () => {
    const comments = [
      { at: '2025-01-01T00:00:00.000Z', by: 'e', text: 'old', criterionId: 'a' },
      { at: '2025-02-01T00:00:00.000Z', by: 'e', text: 'overall' },
      { at: '2025-02-01T00:00:00.000Z', by: 'e', text: 'new', criterionId: 'a' },
    ];
    expect(latestReturnComments(comments).map((c) => c.text)).toEqual(['overall', 'new']);
    expect(latestReturnComments(undefined)).toEqual([]);
  });
});
