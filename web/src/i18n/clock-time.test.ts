import { describe, expect, it } from 'vitest';
import { clockTime } from './clock-time';

describe('clockTime', () => {
  it('reads as Intl does in both languages: two-digit hours on the 24-hour clock, midnight as 00', () => {
    for (const d of [new Date(2026, 0, 1, 0, 5), new Date(2026, 0, 1, 9, 7), new Date(2026, 11, 31, 14, 30), new Date(2026, 5, 1, 23, 59)]) {
      const expected = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
      expect(clockTime(d)).toBe(expected);
      expect(clockTime(d)).toBe(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }).format(d));
    }
    expect(clockTime(new Date(2026, 0, 1, 0, 5))).toBe('00:05');
  });
});
