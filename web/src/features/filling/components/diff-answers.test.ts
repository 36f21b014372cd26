import { describe, expect, it } from 'vitest';
import { diffAnswers } from './diff-answers.js';

describe('diffAnswers (what a conflict shows)', () => {
  it('lists every leaf that differs, with both sides, and nothing else', () => {
    const mine = { facilities: { beds: 200, floorArea: 5000 }, technology: { cmi: 1.1 } };
    const theirs = { facilities: { beds: 100, floorArea: 5000 }, talent: { doctors: 3 } };
    expect(diffAnswers(mine, theirs)).toEqual([
      { path: 'facilities.beds', mine: 200, theirs: 100 },
      { path: 'technology.cmi', mine: 1.1, theirs: undefined },
      { path: 'talent.doctors', mine: undefined, theirs: 3 },
    ]);
    expect(diffAnswers({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
  });
});
