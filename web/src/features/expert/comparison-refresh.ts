import type { Schemas } from '../../api/client';

type RoundComparison = Schemas['RoundComparison'];

/** While a submitted evaluation waits for its score, the comparison asks again this often. */
export const PENDING_POLL_MS = 2_000;
/**
 * Otherwise, while the page is in view, this often: a self-evaluation submitted meanwhile (on
 * another device, by the institution) shows up without a reload.
 */
export const IDLE_POLL_MS = 15_000;

/**
 * A self or expert evaluation in the round is submitted but not yet scored: the scorer runs
 * asynchronously, so its totals and statuses are about to change.
 */
export function scorePending(comparison: RoundComparison | undefined): boolean {
  return !!comparison?.institutions.some((row) => row.self?.status === 'submitted' || row.expert?.status === 'submitted');
}

/** How long until the comparison is asked for again (TanStack Query's `refetchInterval`). */
export function comparisonRefetchInterval(comparison: RoundComparison | undefined): number {
  return scorePending(comparison) ? PENDING_POLL_MS : IDLE_POLL_MS;
}
