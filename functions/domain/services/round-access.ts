import { canSeeRound, ensureVisible } from '../access/access-rules.js';
import type { CommissionScope } from '../access/commission-scope.js';
import type { EvaluationRound } from '../model/round.js';
import type { Repositories } from '../ports/repositories.js';
import type { Principal } from '../ports/token-verifier.js';
import { loadScope } from './commission-scope-loader.js';

/**
 * Loads a round the caller takes part in; a round they are not part of is 404, like a missing one.
 * `scope` is the caller's commission scope when already loaded (else it is read here).
 */
export async function loadVisibleRound(repos: Repositories, p: Principal, id: string, scope?: CommissionScope): Promise<EvaluationRound> {
  const round = await repos.rounds.get(id);
  const visible = round !== undefined && canSeeRound(p, round, scope ?? (await loadScope(repos, p)));
  ensureVisible(visible, 'Round', id);
  return round!;
}
