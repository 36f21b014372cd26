import { describe, expect, it } from 'vitest';
import { holdsCurrent } from './if-none-match.js';

describe('holdsCurrent', () => {
  const tag = 'W/"abc"';
  it('matches the same tag, weak or strong, alone or in a list, and *', () => {
    expect(holdsCurrent('W/"abc"', tag)).toBe(true);
    expect(holdsCurrent('"abc"', tag)).toBe(true);
    expect(holdsCurrent('"x", W/"abc"', tag)).toBe(true);
    expect(holdsCurrent(' * ', tag)).toBe(true);
  });
  it('does not match another tag, a missing header or a tag past the 32nd', () => {
    expect(holdsCurrent('W/"abd"', tag)).toBe(false);
    expect(holdsCurrent(undefined, tag)).toBe(false);
    expect(holdsCurrent('', tag)).toBe(false);
    expect(holdsCurrent([...Array.from({ length: 32 }, (_, i) => `"t${i}"`), tag].join(','), tag)).toBe(false);
  });
});
