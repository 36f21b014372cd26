import { describe, expect, it } from 'vitest';
import { nextUnfilled } from './onsite-navigation';

const order = ['a.one', 'a.two', 'b.one', 'b.two', 'c.one'];

describe('next unfilled field on the on-site form', () => {
  it('is the first one still to fill after where the expert is', () => {
    expect(nextUnfilled(order, new Set(['a.one', 'b.two']), 1)).toBe('b.two');
    expect(nextUnfilled(order, new Set(['a.one', 'b.two']), -1)).toBe('a.one');
  });

  it('wraps round to the start of the form, and is none once everything is filled', () => {
    expect(nextUnfilled(order, new Set(['a.two']), 3)).toBe('a.two');
    expect(nextUnfilled(order, new Set(['c.one']), 4)).toBe('c.one');
    expect(nextUnfilled(order, new Set(), 2)).toBeUndefined();
  });
});
