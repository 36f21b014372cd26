import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import { canSeeRoundResults, ensure } from '../access/access-rules.js';
import { NotFoundError } from '../errors.js';
import type { Institution } from '../model/institution.js';
import type { Principal } from '../ports/token-verifier.js';
import { computeRoundResults, type RoundResults } from './round-results.js';
import { loadVisibleRound } from './round-access.js';
import type { ServiceDeps } from './service-deps.js';

/** Round comparisons: for admins and the round's experts (they show other institutions). */
export function createRoundResultsService(deps: ServiceDeps) {
  const { repos } = deps;
  return {
    async forRound(p: Principal, roundId: string): Promise<RoundResults> {
      const round = await loadVisibleRound(repos, p, roundId);
      ensure(canSeeRoundResults(p, round), 'Only administrators and the round\'s experts see round results');
      const [checklist, submissions, institutions] = await Promise.all([
        repos.checklists.get(round.checklistId, round.checklistVersion),
        repos.submissions.listByRound(round.id),
        Promise.all(round.institutionIds.map((id) => repos.institutions.get(id))),
      ]);
      if (!checklist) throw new NotFoundError('Checklist', `${round.checklistId}@${round.checklistVersion}`);
      return computeRoundResults(
        round,
        checklist.definition as unknown as ChecklistDefinition,
        institutions.filter((i): i is Institution => i !== undefined),
        submissions,
      );
    },
  };
}
