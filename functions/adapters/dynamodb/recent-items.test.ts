import { describe, expect, it } from 'vitest';
import { RecentItems } from './recent-items.js';

describe('RecentItems', () => {
  it('keeps the newest version an id was seen at, even when an older read finishes last', () => {
    const recent = new RecentItems(1000);
    recent.remember('s1', 3, '{"v":3}');
    recent.remember('s1', 2, '{"v":2}');
    expect(recent.get('s1')?.json).toBe('{"v":3}');
    recent.remember('s1', 4, '{"v":4}');
    expect(recent.get('s1')?.version).toBe(4);
  });

  it('drops the least recently used entries once the JSON held passes its bound, and never holds one larger than the bound', () => {
    const recent = new RecentItems(10);
    recent.remember('a', 1, '1234');
    recent.remember('b', 1, '1234');
    recent.get('a');
    recent.remember('c', 1, '1234');
    expect([recent.get('a')?.json, recent.get('b'), recent.get('c')?.json]).toEqual(['1234', undefined, '1234']);
    recent.remember('big', 1, 'x'.repeat(11));
    expect(recent.get('big')).toBeUndefined();
    recent.forget('a');
    expect(recent.get('a')).toBeUndefined();
  });

  it('records when an entry was seen', () => {
    let now = 100;
    const recent = new RecentItems(100, () => now);
    recent.remember('r', 1, '{}');
    now = 150;
    expect(recent.get('r')?.seenAt).toBe(100);
  });
});
