import { describe, expect, it } from 'vitest';
import { deadlineDate, isOverdue, localToday } from './round-deadline';

describe('round deadline', () => {
  it('is overdue only after its last day, and never once the self-evaluation is handed in', () => {
    expect(isOverdue('2025-12-31', 'draft', '2026-01-01')).toBe(true);
    expect(isOverdue('2025-12-31', undefined, '2026-01-01')).toBe(true);
    expect(isOverdue('2025-12-31', 'returned', '2026-01-01')).toBe(true);
    expect(isOverdue('2025-12-31', 'draft', '2025-12-31')).toBe(false);
    expect(isOverdue('2025-12-31', 'submitted', '2026-01-01')).toBe(false);
    expect(isOverdue('2025-12-31', 'scored', '2026-01-01')).toBe(false);
    expect(isOverdue(undefined, 'draft', '2026-01-01')).toBe(false);
  });

  it('reads the date on the day it names, and today in local time', () => {
    expect(deadlineDate('2025-12-31').getDate()).toBe(31);
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
