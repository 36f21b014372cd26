import { oversees } from '../access/access-rules.js';
import type { CommissionScope } from '../access/commission-scope.js';
import { roundRegionIds } from '../model/participant.js';
import type { EvaluationRound } from '../model/round.js';
import type { Principal } from '../ports/token-verifier.js';
import type { RoundResults } from './round-results.js';

/**
 * One round on a commission's home: the round, whom it evaluates, and a row per participant the
 * commission oversees with where its self and expert evaluations stand. The rest of a round's
 * results (criteria, differences, per-region summaries) is left out: the home does not show it,
 * and a round's dashboard or results page reads it when opened.
 */
export type OverseenRound = Pick<RoundResults, 'round' | 'checklistTitle' | 'participants' | 'institutions' | 'regions'>;

/**
 * Whether `round` has, among the participants `p` oversees, someone besides the commission's own
 * region: its own evaluation is listed on its home already, as one of its open rounds.
 */
export function overseesOthers(p: Principal, scope: CommissionScope, round: EvaluationRound): boolean {
  return round.institutionIds.some((id) => oversees(p, scope, { type: 'institution', id })) || roundRegionIds(round).some((id) => id !== p.regionId && oversees(p, scope, { type: 'region', id }));
}

/** A round's results cut down to what the commission's home shows, its own region's row left out. */
export function overseenRound(results: RoundResults, ownRegionId?: string): OverseenRound {
  const { round, checklistTitle, participants, institutions, regions } = results;
  return { round, checklistTitle, participants, institutions, regions: regions.filter((r) => r.regionId !== ownRegionId) };
}

/** Open rounds first, then the newest year first; ties keep their id order, so the list is stable. */
export function overseenOrder(a: OverseenRound, b: OverseenRound): number {
  return Number(b.round.status === 'open') - Number(a.round.status === 'open') || b.round.year - a.round.year || a.round.id.localeCompare(b.round.id);
}
