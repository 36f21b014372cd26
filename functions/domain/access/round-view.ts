import type { EvaluationRound } from '../model/round.js';
import type { Principal } from '../ports/token-verifier.js';
import { canSeeRoundResults } from './access-rules.js';

/** A round as one caller sees it: without the participant and expert lists unless they may see those. */
export type RoundView = Omit<EvaluationRound, 'institutionIds' | 'expertIds'> & Partial<Pick<EvaluationRound, 'institutionIds' | 'expertIds'>>;

/**
 * Who else takes part in a round, and who assesses it, is for admins and the round's experts (as
 * its results are); an institution sees the round it is in, not the others in it.
 */
export function roundView(p: Principal, round: EvaluationRound): RoundView {
  if (canSeeRoundResults(p, round)) return round;
  const { institutionIds: _institutions, expertIds: _experts, ...rest } = round;
  return rest;
}
