import { describe, expect, it } from 'vitest';
import { rescoreProgress, rescoreVersions } from './rescore-options';

describe('re-score options', () => {
  it('offers only the other published versions, never the one the round uses or a retired one', () => {
    const versions = [{ version: 1, status: 'published' }, { version: 2, status: 'retired' }, { version: 3, status: 'published' }, { version: 4, status: 'published' }];
    expect(rescoreVersions(versions, 3)).toEqual([4, 1]);
    expect(rescoreVersions([{ version: 1, status: 'published' }], 1)).toEqual([]);
  });

  it('a round without submissions has nothing to re-score, not a full 0 / 0 bar', () => {
    expect(rescoreProgress(0, 0)).toEqual({ kind: 'nothing' });
    expect(rescoreProgress(1, 4)).toEqual({ kind: 'progress', percent: 25 });
    expect(rescoreProgress(4, 4)).toEqual({ kind: 'progress', percent: 100 });
  });
});
