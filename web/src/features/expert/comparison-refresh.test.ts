import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { comparisonRefetchInterval, IDLE_POLL_MS, PENDING_POLL_MS, scorePending } from './comparison-refresh';

type Row = Schemas['RoundComparison']['institutions'][number];
const side = (status: 'draft' | 'submitted' | 'scored' | 'returned') => ({ submissionId: 'x', status, total: status === 'scored' ? 10 : null, checklistVersion: 1 });
const row = (self: Row['self'], expert: Row['expert']): Row => ({ institutionId: 'i', name: { zh: '医院' }, self, expert, comparable: false, totalDifference: null, disagreements: 0, pointsGap: 0, criteria: [] });
const comparison = (...institutions: Row[]) => ({ institutions }) as unknown as Schemas['RoundComparison'];

describe('refreshing the self vs expert comparison', () => {
  it('polls quickly while a submitted self or expert evaluation waits for its score', () => {
    expect(scorePending(comparison(row(side('submitted'), null)))).toBe(true);
    expect(scorePending(comparison(row(side('scored'), side('submitted'))))).toBe(true);
    expect(comparisonRefetchInterval(comparison(row(side('scored'), null), row(side('submitted'), side('draft'))))).toBe(PENDING_POLL_MS);
  });

  it('otherwise polls slowly, so a submission made elsewhere still shows without a reload', () => {
    expect(scorePending(comparison(row(side('scored'), side('scored')), row(null, side('draft')), row(side('returned'), null)))).toBe(false);
    expect(scorePending(undefined)).toBe(false);
    expect(comparisonRefetchInterval(comparison(row(side('scored'), side('scored'))))).toBe(IDLE_POLL_MS);
    expect(IDLE_POLL_MS).toBeGreaterThan(PENDING_POLL_MS);
  });
});
