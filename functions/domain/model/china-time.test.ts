import { describe, expect, it } from 'vitest';
import { chinaDate, chinaMinute } from './china-time.js';

describe('China Standard Time', () => {
  it('reads a UTC time as the wall clock in China, the next day after 16:00 UTC', () => {
    expect(chinaMinute('2026-12-03T12:28:44.912Z')).toBe('2026-12-03 20:28');
    expect(chinaMinute('2026-12-31T16:05:00Z')).toBe('2027-01-01 00:05');
    expect(chinaDate(new Date('2026-12-31T16:05:00Z'))).toBe('2027-01-01');
  });

  it('gives nothing for no time, rather than "Invalid Date"', () => {
    expect(chinaMinute(null)).toBe('');
    expect(chinaMinute('not a time')).toBe('');
  });
});
