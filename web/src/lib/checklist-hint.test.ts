import { afterEach, describe, expect, it, vi } from 'vitest';
import { checklistHint, HINT_KEY, MAX_HINTS, rememberChecklists } from './checklist-hint';

function storage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  vi.stubGlobal('localStorage', { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) });
  return map;
}

afterEach(() => void vi.unstubAllGlobals());

describe('the checklist hint', () => {
  it('gives back the version a submission was last seen with, and follows a move to a newer one', () => {
    storage();
    expect(checklistHint('r1.h1.self')).toBeUndefined();
    rememberChecklists([{ id: 'r1.h1.self', checklistId: 'c1', checklistVersion: 2 }]);
    expect(checklistHint('r1.h1.self')).toEqual({ checklistId: 'c1', checklistVersion: 2 });
    rememberChecklists([{ id: 'r1.h1.self', checklistId: 'c1', checklistVersion: 3 }]);
    expect(checklistHint('r1.h1.self')).toEqual({ checklistId: 'c1', checklistVersion: 3 });
  });

  it('keeps the 50 most recently seen submissions only', () => {
    const map = storage();
    rememberChecklists(Array.from({ length: 60 }, (_, i) => ({ id: `r.s${i}.self`, checklistId: 'c', checklistVersion: 1 })));
    rememberChecklists([{ id: 'r.s0.self', checklistId: 'c', checklistVersion: 1 }]);
    expect(Object.keys(JSON.parse(map.get(HINT_KEY)!))).toHaveLength(50);
    expect(checklistHint('r.s0.self')).toBeDefined();
    expect(checklistHint('r.s10.self')).toBeUndefined();
    expect(checklistHint('r.s59.self')).toBeDefined();
  });

  it('keeps a form opened again: reading a hint makes it the most recently used', () => {
    const map = storage();
    const ids = Array.from({ length: MAX_HINTS }, (_, i) => `r.s${i}.self`);
    rememberChecklists(ids.map((id) => ({ id, checklistId: 'c', checklistVersion: 1 })));
    // The oldest is opened (its hint read), then one more submission is seen: the next oldest goes.
    expect(checklistHint('r.s0.self')).toEqual({ checklistId: 'c', checklistVersion: 1 });
    rememberChecklists([{ id: 'r.new.self', checklistId: 'c', checklistVersion: 1 }]);
    expect(Object.keys(JSON.parse(map.get(HINT_KEY)!))).toHaveLength(MAX_HINTS);
    expect(checklistHint('r.s0.self')).toBeDefined();
    expect(checklistHint('r.s1.self')).toBeUndefined();
    expect(checklistHint('r.new.self')).toBeDefined();
  });

  it('keeps a submission seen again unchanged (the home page lists it) as recently used too', () => {
    storage();
    const ids = Array.from({ length: MAX_HINTS }, (_, i) => `r.s${i}.self`);
    rememberChecklists(ids.map((id) => ({ id, checklistId: 'c', checklistVersion: 1 })));
    rememberChecklists([{ id: 'r.s0.self', checklistId: 'c', checklistVersion: 1 }]);
    rememberChecklists([{ id: 'r.new.self', checklistId: 'c', checklistVersion: 1 }]);
    expect(checklistHint('r.s0.self')).toBeDefined();
    expect(checklistHint('r.s1.self')).toBeUndefined();
  });

  it('does not write when nothing changed', () => {
    const map = storage();
    rememberChecklists([{ id: 'a', checklistId: 'c', checklistVersion: 1 }, { id: 'b', checklistId: 'c', checklistVersion: 1 }]);
    const setItem = vi.spyOn(localStorage, 'setItem');
    expect(checklistHint('b')).toBeDefined();
    rememberChecklists([{ id: 'b', checklistId: 'c', checklistVersion: 1 }]);
    expect(setItem).not.toHaveBeenCalled();
    expect(Object.keys(JSON.parse(map.get(HINT_KEY)!))).toEqual(['a', 'b']);
  });

  it('ignores damaged or unavailable storage', () => {
    storage({ [HINT_KEY]: '{not json' });
    expect(checklistHint('x')).toBeUndefined();
    storage({ [HINT_KEY]: JSON.stringify({ x: ['c', 'two'] }) });
    expect(checklistHint('x')).toBeUndefined();
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } });
    expect(() => rememberChecklists([{ id: 'x', checklistId: 'c', checklistVersion: 1 }])).not.toThrow();
    expect(checklistHint('x')).toBeUndefined();
  });
});
