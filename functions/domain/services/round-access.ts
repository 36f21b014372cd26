import { canSeeRound, ensureVisible } from '../access/access-rules.js';
import type { EvaluationRound } from '../model/round.js';
import type { Repositories } from '../ports/repositories.js';
import type { Principal } from '../ports/token-verifier.js';

/** Loads a round the caller takes part in; a round they are not part of is 404, like a missing one. */
export async function loadVisibleRound(repos: Repositories, p: Principal, id: string): Promise<EvaluationRound> {
  const round = await repos.rounds.get(id);
  ensureVisible(round !== undefined && canSeeRound(p, round), 'Round', id);
  return round!;
}
