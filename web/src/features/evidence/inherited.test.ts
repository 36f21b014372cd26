import { describe, expect, it } from 'vitest';
import { withInherited } from './inherited';

const file = (key: string) => ({ name: `${key}.pdf`, key, contentType: 'application/pdf', size: 1 });

describe('withInherited', () => {
  it("puts the institution's files before the expert's own, per criterion, and keeps criteria only one side has", () => {
    const own = { a: [file('mine-a')], c: [file('mine-c')] };
    const inherited = { a: [file('inst-a')], b: [file('inst-b')] };
    expect(withInherited(own, inherited)).toEqual({ a: [file('inst-a'), file('mine-a')], b: [file('inst-b')], c: [file('mine-c')] });
    expect(own).toEqual({ a: [file('mine-a')], c: [file('mine-c')] });
  });

  it('is the own evidence itself when nothing is inherited', () => {
    const own = { a: [file('mine-a')] };
    expect(withInherited(own, undefined)).toBe(own);
  });
});
