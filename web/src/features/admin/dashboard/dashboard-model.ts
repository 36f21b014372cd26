import type { DashboardRow, RoundDashboard } from '../../../../../functions/domain/services/dashboard/round-dashboard';

/** Status letters of the dashboard data (`STATUS_LETTER` on the server), back to statuses. */
export const LETTER_STATUS: Readonly<Record<string, string>> = { m: 'met', p: 'partial', n: 'not-met', x: 'missing', a: 'not-applicable', i: 'info' };

export interface DashboardFilter {
  regionId: string;
  institutionType: string;
}

/** What the ranking is sorted by: a total, the gap, or one section's score (by index). */
export type SortKey = 'total' | 'expert' | 'gap' | `section:${number}`;

/** Rows in the chosen region and of the chosen type ('' means any). */
export function filterRows(rows: DashboardRow[], f: DashboardFilter): DashboardRow[] {
  return rows.filter((r) => (!f.regionId || r.region?.id === f.regionId) && (!f.institutionType || r.institutionType === f.institutionType));
}

function valueOf(r: DashboardRow, key: SortKey): number | null {
  if (key === 'total') return r.self?.total ?? null;
  if (key === 'expert') return r.expert?.total ?? null;
  if (key === 'gap') return r.gap;
  return r.self?.sections[Number(key.slice(8))] ?? null;
}

/** Sorted by `key` (highest first unless `ascending`); rows without a value always last, then by name. */
export function sortRows(rows: DashboardRow[], key: SortKey, ascending = false): DashboardRow[] {
  return [...rows].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null || y === null) return x === y ? a.institutionId.localeCompare(b.institutionId) : x === null ? 1 : -1;
    return (ascending ? x - y : y - x) || a.institutionId.localeCompare(b.institutionId);
  });
}

/** How many scored self-evaluations fall in each band (lowest first), and how many are not scored. */
export function bandCounts(rows: DashboardRow[], bands: RoundDashboard['bands']): { bands: { id: string; label: RoundDashboard['bands'][number]['label']; count: number }[]; unscored: number } {
  const counts = new Map<string, number>();
  let unscored = 0;
  for (const r of rows) {
    if (r.self?.band) counts.set(r.self.band.id, (counts.get(r.self.band.id) ?? 0) + 1);
    else unscored++;
  }
  return { bands: [...bands].sort((a, b) => a.min - b.min).map((b) => ({ id: b.id, label: b.label, count: counts.get(b.id) ?? 0 })), unscored };
}

/** Statuses of a criterion that applied to an institution and was judged: the share's denominator. */
const JUDGED = new Set(['m', 'p', 'n', 'x']);

/** One line of the criteria most often not met. */
export interface NotMetItem {
  criterion: RoundDashboard['criteria'][number];
  notMet: number;
  missing: number;
  partial: number;
  /** Scored self-evaluations in view. */
  scored: number;
  /** Of those, how many the criterion applied to (not 不适用, not 参考 only). */
  applicable: number;
  /** (not met + unanswered) / applicable, 0–1. */
  share: number;
}

/**
 * Criteria by how many scored institutions fell short on them, most first; never-missed ones left
 * out. A scored self-evaluation has been submitted, so a criterion it left unanswered (`missing`)
 * earned nothing and is a shortfall too: counted beside not met, and ranked with it. The share is
 * of the institutions the criterion applied to, so one that applies to few is not made to look rare.
 */
export function notMetRanking(rows: DashboardRow[], criteria: RoundDashboard['criteria']): NotMetItem[] {
  const scored = rows.filter((r) => r.self);
  return criteria
    .map((criterion, k) => {
      let notMet = 0;
      let missing = 0;
      let partial = 0;
      let applicable = 0;
      for (const r of scored) {
        const letter = r.self!.statuses[k] ?? '-';
        if (JUDGED.has(letter)) applicable++;
        if (letter === 'n') notMet++;
        else if (letter === 'x') missing++;
        else if (letter === 'p') partial++;
      }
      return { criterion, notMet, missing, partial, scored: scored.length, applicable, share: applicable ? (notMet + missing) / applicable : 0 };
    })
    .filter((x) => x.notMet + x.missing + x.partial > 0)
    .sort((a, b) => b.notMet + b.missing - (a.notMet + a.missing) || b.share - a.share || b.notMet - a.notMet || b.partial - a.partial);
}

/** Institutions whose expert saw them differently: the total gap and how many criteria differ, largest gap first. */
export function gapRows(rows: DashboardRow[]): { row: DashboardRow; gap: number; criteria: number }[] {
  return rows
    .filter((r) => r.gap !== null && r.self && r.expert)
    .map((r) => {
      let criteria = 0;
      for (let k = 0; k < r.self!.statuses.length; k++) if (r.self!.statuses[k] !== r.expert!.statuses[k]) criteria++;
      return { row: r, gap: r.gap!, criteria };
    })
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}
