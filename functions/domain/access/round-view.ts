import type { EvaluationRound } from '../model/round.js';
import { roundRegionIds } from '../model/participant.js';
import type { Principal } from '../ports/token-verifier.js';
import { canSeeRoundResults, oversees } from './access-rules.js';
import { NO_SCOPE, type CommissionScope } from './commission-scope.js';

/** A round as one caller sees it: without the participant and expert lists unless they may see those. */
export type RoundView = Omit<EvaluationRound, 'institutionIds' | 'expertIds'> & Partial<Pick<EvaluationRound, 'institutionIds' | 'expertIds'>>;

/**
 * Who else takes part in a round, and who assesses it, is for admins and the round's experts (as
 * its results are); an institution sees the round it is in, not the others in it; a commission
 * sees the participants it oversees, not the others nor the experts.
 */
export function roundView(p: Principal, round: EvaluationRound, scope: CommissionScope = NO_SCOPE): RoundView {
  const { institutionIds, regionIds: _regions, expertIds: _experts, ...rest } = round;
  if (p.role === 'commission') {
    if (!canSeeRoundResults(p, round, scope)) return rest;
    return {
      ...rest,
      institutionIds: institutionIds.filter((id) => oversees(p, scope, { type: 'institution', id })),
      regionIds: roundRegionIds(round).filter((id) => oversees(p, scope, { type: 'region', id })),
    };
  }
  if (canSeeRoundResults(p, round)) return round;
  return rest;
}
