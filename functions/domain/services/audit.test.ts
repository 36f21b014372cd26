import { describe, expect, it } from 'vitest';
import { advance, advanceSave, changedKeys, created, sameJson } from './audit.js';

describe('advance', () => {
  it('bumps the version and appends one audit entry describing the change', () => {
    const at = new Date('2025-01-02T03:04:05Z');
    const item = { id: 'x', version: 1, updatedAt: '', audit: created('admin', at), status: 'draft' };
    const next = advance(item, { status: 'submitted' }, 'inst1', 'submit', at, { status: ['draft', 'submitted'] });
    expect(next.version).toBe(2);
    expect(next.status).toBe('submitted');
    expect(next.audit).toHaveLength(2);
    expect(next.audit[1]).toEqual({ at: at.toISOString(), by: 'inst1', action: 'submit', version: 2, changes: { status: ['draft', 'submitted'] } });
    expect(item.version).toBe(1);
  });

  it('lists changed top-level keys only', () => {
    expect(changedKeys({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 }, d: true })).toEqual(['b', 'd']);
  });

  it('compares as JSON does: undefined members left out, member order aside, dates by their text', () => {
    const same: [unknown, unknown][] = [
      [{ a: 1, b: undefined }, { a: 1 }],
      [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }],
      [[undefined], [null]],
      [new Date(0), new Date(0)],
      [Number.NaN, null],
    ];
    const differ: [unknown, unknown][] = [
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1, b: undefined }, { a: 1, c: 2 }],
      [[1, 2], [2, 1]],
      [[1], { 0: 1 }],
      [{ a: '1' }, { a: 1 }],
      [{ a: null }, {}],
      [new Date(0), new Date(1)],
      [{ a: { b: [1, 2] } }, { a: { b: [1, 3] } }],
    ];
    for (const [a, b] of same) expect([a, b, sameJson(a, b), sameJson(b, a)]).toEqual([a, b, true, true]);
    for (const [a, b] of differ) expect([a, b, sameJson(a, b), sameJson(b, a)]).toEqual([a, b, false, false]);
  });
});

describe('advanceSave', () => {
  const at = (m: number) => new Date(Date.UTC(2025, 5, 1, 8, m));
  const draft = { version: 1, updatedAt: at(0).toISOString(), audit: created('insta', at(0)), answers: {} as Record<string, unknown> };

  it("folds an author's saves in one editing session into one entry: the keys they changed, how many, since when", () => {
    const one = advanceSave(draft, { answers: { a: 1 } }, 'insta', at(1), ['answers']);
    const two = advanceSave(one, { answers: { a: 2 } }, 'insta', at(5), ['context']);
    const three = advanceSave(two, { answers: { a: 3 } }, 'insta', at(30), ['answers']);
    expect(three.version).toBe(4);
    expect(three.audit).toEqual([
      draft.audit[0],
      { at: at(30).toISOString(), by: 'insta', action: 'save', version: 4, changes: { keys: ['answers', 'context'], saves: 3, since: at(1).toISOString() } },
    ]);
  });

  it('a pause longer than the session, another author or another action in between starts a new entry', () => {
    const one = advanceSave(draft, { answers: { a: 1 } }, 'insta', at(1), ['answers']);
    const later = advanceSave(one, { answers: { a: 2 } }, 'insta', at(40), ['answers']);
    expect(later.audit.map((a) => a.action)).toEqual(['create', 'save', 'save']);
    const other = advanceSave(one, { answers: { a: 2 } }, 'expert', at(2), ['answers']);
    expect(other.audit.map((a) => a.by)).toEqual(['insta', 'insta', 'expert']);
    const submitted = advance(one, {}, 'insta', 'submit', at(2));
    expect(advanceSave(submitted, { answers: { a: 2 } }, 'insta', at(3), ['answers']).audit.map((a) => a.action)).toEqual(['create', 'save', 'submit', 'save']);
  });

  it('a hundred autosaves keep the trail at two entries (it grew by one a save)', () => {
    let s = draft;
    for (let i = 1; i <= 100; i++) s = advanceSave(s, { answers: { a: i } }, 'insta', new Date(at(0).getTime() + i * 5000), ['answers']);
    expect(s.audit).toHaveLength(2);
    expect(s.audit[1]!.changes).toMatchObject({ saves: 100 });
  });
});
